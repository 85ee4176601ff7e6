package fr.caissecommune.famille.api;

import fr.caissecommune.regles.JeuDeParametres;

/** Les paramètres livrés, lus depuis le classpath, pour les tests d'autres paquets de la branche. */
public final class ApiDeCalculTestsAcces {

    private ApiDeCalculTestsAcces() {
    }

    public static JeuDeParametres parametresLivres() {
        return ApiDeCalculTests.JEU;
    }
}
