package fr.caissecommune.simulation;

import java.util.Arrays;
import java.util.Locale;

/**
 * Le profil d'un département simulé : ses volumes, tirés des rapports d'activité (CCSS de la Lozère 2023 ;
 * CPAM du Rhône 2020 et CAF du Rhône pour l'ordre de grandeur des allocataires), et sa pyramide des âges.
 *
 * @param pyramide part de la population par tranche d'âge de 5 ans (0-4, 5-9, …, 95-99)
 * @param enfantsParFoyer répartition des foyers allocataires par nombre d'enfants (0, 1, 2, 3, 4, 5)
 */
public record Profil(String nom, String departement, int habitants, int allocataires, int cotisants, int professionnelsDeSante,
        double[] pyramide, double[] enfantsParFoyer, double partEnCouple, double revenuMedian) {

    /** Lozère : 76 519 habitants, 13 680 allocataires et 8 252 cotisants en 2023, environ 580 professionnels de santé. */
    public static final Profil LOZERE = new Profil("lozere", "48", 76_519, 13_680, 8_252, 580,
            new double[] { 4.2, 4.8, 5.2, 5.3, 4.6, 4.1, 4.7, 5.3, 5.6, 6.3, 7.0, 7.6, 7.6, 7.3, 6.3, 5.2, 3.7, 2.6, 1.3, 0.3 },
            new double[] { 0.45, 0.17, 0.24, 0.10, 0.03, 0.01 }, 0.45, 26_500);

    /** Rhône : 1 893 147 habitants (CPAM du Rhône, 2020), environ 350 000 allocataires, 150 000 cotisants, 15 000 PS. */
    public static final Profil RHONE = new Profil("rhone", "69", 1_893_147, 350_000, 150_000, 15_000,
            new double[] { 6.3, 6.4, 6.3, 6.3, 7.4, 7.6, 7.2, 6.9, 6.6, 6.5, 6.3, 6.0, 5.5, 4.9, 4.5, 3.3, 2.3, 1.6, 0.8, 0.2 },
            new double[] { 0.44, 0.18, 0.24, 0.10, 0.03, 0.01 }, 0.45, 30_500);

    public static Profil nomme(String nom) {
        return switch (nom.toLowerCase(Locale.ROOT)) {
            case "lozere", "lozère", "48" -> LOZERE;
            case "rhone", "rhône", "69" -> RHONE;
            default -> throw new IllegalArgumentException("Profil inconnu : « " + nom + " » (lozere ou rhone)");
        };
    }

    /**
     * Le même département agrandi ou réduit pour compter {@code allocataires} foyers allocataires : habitants,
     * cotisants et professionnels dans la même proportion, même pyramide et mêmes répartitions (mesures de volume).
     */
    public Profil aLEchelle(int allocataires) {
        if (allocataires <= 0) {
            throw new IllegalArgumentException("Nombre d'allocataires invalide : " + allocataires + " (entier positif attendu)");
        }
        double facteur = (double) allocataires / this.allocataires;
        return new Profil(nom + "-" + allocataires, departement, (int) Math.round(habitants * facteur), allocataires,
                (int) Math.round(cotisants * facteur), (int) Math.round(professionnelsDeSante * facteur), pyramide, enfantsParFoyer,
                partEnCouple, revenuMedian);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profil p && p.nom.equals(nom);
    }

    @Override
    public int hashCode() {
        return nom.hashCode();
    }

    @Override
    public String toString() {
        return nom + " (" + habitants + " habitants, " + allocataires + " allocataires, pyramide " + Arrays.toString(pyramide) + ")";
    }
}
