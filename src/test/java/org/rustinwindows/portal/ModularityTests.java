package org.rustinwindows.portal;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the capabilities apart: each module reaches another only through its public
 * types, and roles inside a module point one way.
 */
class ModularityTests {

	private static final String CONTENT = "org.rustinwindows.portal.content";

	private static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	private static final JavaClasses portal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rustinwindows.portal");

	/**
	 * Also holds every module to the dependencies its {@code package-info.java} declares,
	 * so that a new arrow between modules is a decision, not an accident.
	 */
	@Test
	void respectsModuleBoundaries() {
		modules.verify();
	}

	/**
	 * Module diagrams and a canvas per module, under {@code target/spring-modulith-docs}.
	 */
	@Test
	void writesTheModulesDocumentation() {
		Path docs = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString())).writeDocumentation();
		assertThat(docs.resolve("components.puml")).isNotEmptyFile();
		modules.forEach(
				(module) -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile());
	}

	@Test
	void theMarkdownRendererDependsOnNothingElseInContent() {
		noClasses().that()
			.resideInAPackage(CONTENT + ".markdown..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(CONTENT)
			.check(portal);
	}

	/**
	 * The model and services in content's base package are what the reader pages and the
	 * editor screens are built on, never the other way round.
	 */
	@Test
	void contentsBasePackageKnowsNeitherItsPagesNorItsScreens() {
		noClasses().that()
			.resideInAPackage(CONTENT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(CONTENT + ".web..", CONTENT + ".admin..")
			.check(portal);
	}

	@Test
	void readerPagesAndEditorScreensStayApart() {
		noClasses().that()
			.resideInAPackage(CONTENT + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(CONTENT + ".admin..")
			.check(portal);
		noClasses().that()
			.resideInAPackage(CONTENT + ".admin..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(CONTENT + ".web..")
			.check(portal);
	}

}
