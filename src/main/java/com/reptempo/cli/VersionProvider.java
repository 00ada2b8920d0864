package com.reptempo.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RepTempoCli.class.getPackage().getImplementationVersion();
        return new String[]{"RepTempo " + (v == null ? "development build" : v)};
    }
}
