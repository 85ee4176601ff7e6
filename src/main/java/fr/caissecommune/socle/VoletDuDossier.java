package fr.caissecommune.socle;

import java.util.Map;
import java.util.UUID;

/**
 * Un volet de la vue à 360° fourni par une branche (santé, recouvrement…) : le guichet l'affiche sans dépendre de
 * la branche. Le volet nomme son fragment Thymeleaf ({@code "sante/volet :: volet"}) et fournit son modèle pour une
 * personne ; un volet sans objet pour cette personne rend un modèle vide et le guichet affiche son message
 * d'absence.
 */
public interface VoletDuDossier {

    /** Le titre du volet (« Santé », « Recouvrement »). */
    String titre();

    /** L'ancre de la section dans la page (« sante »). */
    String ancre();

    /** L'ordre d'affichage, après les volets du référentiel et de la famille. */
    int ordre();

    /** Le fragment Thymeleaf qui affiche le volet ; il reçoit le modèle sous le nom {@code volet}. */
    String fragment();

    /** Le modèle du volet pour cette personne ; vide si la branche ne la connaît pas. */
    Map<String, Object> pour(UUID personne);

    /** Le message affiché quand la branche ne connaît pas la personne. */
    String absence();
}
