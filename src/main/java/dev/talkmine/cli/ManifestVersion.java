package dev.talkmine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by Maven). */
final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"talkmine " + (v == null ? "(development build)" : v),
            "Java " + System.getProperty("java.version")};
    }
}
