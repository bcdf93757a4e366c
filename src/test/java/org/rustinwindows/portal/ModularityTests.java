package org.rustinwindows.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the capabilities apart: each module reaches another only through its public
 * types, and roles inside a module point one way.
 */
class ModularityTests {

	@Test
	void respectsModuleBoundaries() {
		ApplicationModules.of(PortalApplication.class).verify();
	}

	@Test
	void theMarkdownRendererDependsOnNothingElseInContent() {
		JavaClasses portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.rustinwindows.portal");
		noClasses().that()
			.resideInAPackage("org.rustinwindows.portal.content.markdown..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.rustinwindows.portal.content")
			.check(portal);
	}

}
