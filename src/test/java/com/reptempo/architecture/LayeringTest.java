package com.reptempo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The architecture as executable rules: a pure core (protocol, model, pipeline, simulator) that
 * knows nothing of Swing, serial ports, files or the wall clock; adapters at the edge (device,
 * storage); application use cases (app); UI and CLI on top.
 */
class LayeringTest {
    private static final String[] CORE = {"com.reptempo.model..", "com.reptempo.protocol..",
            "com.reptempo.pipeline..", "com.reptempo.simulator.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Production classes only, wherever the build directory is (-Dreptempo.buildDir moves it).
        ImportOption productionOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("com.reptempo");
    }

    @Test
    void layersDependOnlyDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Model").definedBy("com.reptempo.model..")
                .layer("Protocol").definedBy("com.reptempo.protocol..")
                .layer("Pipeline").definedBy("com.reptempo.pipeline..")
                .layer("Simulator").definedBy("com.reptempo.simulator..")
                .layer("Storage").definedBy("com.reptempo.storage..")
                .layer("Device").definedBy("com.reptempo.device..")
                .layer("App").definedBy("com.reptempo.app..")
                .layer("UI").definedBy("com.reptempo.ui..")
                .layer("CLI").definedBy("com.reptempo.cli..")
                .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("CLI")
                .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "CLI")
                .whereLayer("Device").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Device", "App", "UI", "CLI")
                .whereLayer("Simulator").mayOnlyBeAccessedByLayers("Device", "Storage", "App", "UI", "CLI")
                .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Storage", "App", "UI", "CLI")
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Device", "App", "UI", "CLI")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Protocol", "Pipeline", "Simulator", "Storage", "Device", "App", "UI", "CLI");
        rule.check(classes);
    }

    @Test
    void theCoreKnowsNothingOfUiSerialPortsFilesOrLibrariesForIo() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "javax.sound..",
                        "com.fazecast..", "com.fasterxml..", "picocli..", "org.jfree..", "com.formdev..",
                        "java.nio.file..", "java.net..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .because("the core must run the same in live use, replay and tests")
                .check(classes);
    }

    @Test
    void theCoreNeverReadsTheWallClockOrSleeps() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.LocalDateTime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .because("time comes from sample timestamps, so replay, live and tests stay deterministic")
                .check(classes);
    }

    @Test
    void onlyTheDeviceAdapterTalksToSerialPorts() {
        noClasses().that().resideOutsideOfPackage("com.reptempo.device..")
                .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesSwingAndCharts() {
        noClasses().that().resideOutsideOfPackages("com.reptempo.ui..", "com.reptempo.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.jfree..", "com.formdev..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage("com.reptempo.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
