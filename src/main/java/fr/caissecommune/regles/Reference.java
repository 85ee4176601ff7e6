package fr.caissecommune.regles;

import org.jspecify.annotations.Nullable;

/** Un texte juridique qui fonde une valeur : titre (« Article D521-1 du Code de la sécurité sociale ») et lien Légifrance. */
public record Reference(String titre, @Nullable String lien) {

    @Override
    public String toString() {
        return lien == null ? titre : titre + " — " + lien;
    }
}
