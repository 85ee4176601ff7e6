package fr.caissecommune.recouvrement;

import java.time.LocalDateTime;
import java.util.UUID;

/** Un contact avec un cotisant (accueil, téléphone, courriel, courrier) : quand, par quel canal, pour quoi, avec quelle suite. */
public record ContactCotisant(UUID id, UUID cotisant, LocalDateTime le, String canal, String motif, String suite, String agent) {

    /** Les canaux de contact, ceux de l'accueil de la caisse. */
    public static final java.util.List<String> CANAUX = java.util.List.of("GUICHET", "RENDEZ_VOUS", "TELEPHONE", "COURRIEL", "COURRIER");
}
