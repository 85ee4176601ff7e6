package fr.caissecommune.navigateur;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Le Chromium de Debian piloté par Playwright, sans téléchargement de navigateur. Absent, le test est ignoré
 * avec un message — sauf sous CI, où {@code .ci/run} l'installe et où son absence est une erreur.
 */
final class Navigateur {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CAISSE_CHROMIUM", "/usr/bin/chromium"));

    private Navigateur() {
    }

    static Playwright playwright() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("Chromium absent (" + CHROMIUM + ") : .ci/run doit l'installer");
            }
            Assumptions.abort("Chromium absent (" + CHROMIUM + ") : test du navigateur ignoré (apt-get install chromium)");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }
}
