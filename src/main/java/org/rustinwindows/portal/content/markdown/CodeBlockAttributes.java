package org.rustinwindows.portal.content.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Makes code blocks focusable: long lines scroll sideways, and keyboard users must be
 * able to reach and scroll them too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
final class CodeBlockAttributes implements AttributeProvider {

	@Override
	public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
		if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) && part == AttributablePart.NODE) {
			attributes.addValue("tabindex", "0");
		}
	}

	/** Registers the provider with a renderer. */
	static final class Extension implements HtmlRenderer.HtmlRendererExtension {

		@Override
		public void rendererOptions(MutableDataHolder options) {
		}

		@Override
		public void extend(HtmlRenderer.Builder builder, String rendererType) {
			builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {

				@Override
				public AttributeProvider apply(LinkResolverContext context) {
					return new CodeBlockAttributes();
				}

			});
		}

	}

}
