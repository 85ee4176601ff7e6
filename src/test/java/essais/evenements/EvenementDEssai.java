package essais.evenements;

/** Un événement propre au test du registre de publication. */
public record EvenementDEssai(String contenu) {
}
