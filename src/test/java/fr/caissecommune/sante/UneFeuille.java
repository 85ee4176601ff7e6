package fr.caissecommune.sante;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.commun.Nir;
import fr.caissecommune.commun.Rpps;

/** Construit une feuille de soins pour un test : par défaut, un adulte chez son médecin traitant, le 12/03/2025. */
public final class UneFeuille {

    public static final String NIR_ADULTE = "184127645108946";
    public static final String RPPS_GENERALISTE = "10005831911";
    public static final String RPPS_AUTRE_MEDECIN = "10000000009";
    public static final String RPPS_AUXILIAIRE = "10000000017";
    public static final String RPPS_PHARMACIEN = "10000000025";
    public static final String RPPS_TRANSPORTEUR = "10000000033";

    private String id = "F-1";
    private String nir = NIR_ADULTE;
    private LocalDate soins = LocalDate.of(2025, 3, 12);
    private LocalDate reception;
    private Flux flux = Flux.FSE;
    private String rpps = RPPS_GENERALISTE;
    private Profession profession = Profession.MEDECIN_GENERALISTE;
    private Secteur secteur = Secteur.SECTEUR_1;
    private Parcours parcours = Parcours.MEDECIN_TRAITANT;
    private NatureAssurance assurance = NatureAssurance.MALADIE;
    private boolean tiersPayant;
    private final List<LigneDeSoins> lignes = new ArrayList<>();

    public static UneFeuille chezLeGeneraliste() {
        return new UneFeuille();
    }

    public static UneFeuille chez(Profession profession, String rpps) {
        var f = new UneFeuille();
        f.profession = profession;
        f.rpps = rpps;
        return f;
    }

    public static LigneDeSoins ligne(String code, String coefficient, int quantite, String facture) {
        return new LigneDeSoins(CodeActe.of(code), new BigDecimal(coefficient), quantite, facture == null ? null : Montant.euros(facture), false, 1, 0);
    }

    public static LigneDeSoins ligneAld(String code) {
        return new LigneDeSoins(CodeActe.of(code), BigDecimal.ONE, 1, null, true, 1, 0);
    }

    public UneFeuille id(String id) {
        this.id = id;
        return this;
    }

    public UneFeuille nir(String nir) {
        this.nir = nir;
        return this;
    }

    public UneFeuille le(String date) {
        this.soins = LocalDate.parse(date);
        return this;
    }

    public UneFeuille recueLe(String date) {
        this.reception = LocalDate.parse(date);
        return this;
    }

    public UneFeuille secteur(Secteur secteur) {
        this.secteur = secteur;
        return this;
    }

    public UneFeuille parcours(Parcours parcours) {
        this.parcours = parcours;
        return this;
    }

    public UneFeuille assurance(NatureAssurance assurance) {
        this.assurance = assurance;
        return this;
    }

    public UneFeuille tiersPayant() {
        this.tiersPayant = true;
        return this;
    }

    public UneFeuille ligne(String code) {
        lignes.add(LigneDeSoins.de(code));
        return this;
    }

    public UneFeuille ligne(LigneDeSoins ligne) {
        lignes.add(ligne);
        return this;
    }

    public FeuilleDeSoins construite() {
        return new FeuilleDeSoins(id, Nir.of(nir), soins, reception == null ? soins.plusDays(2) : reception, flux,
                new Executant(Rpps.of(rpps), profession, secteur), parcours, assurance, tiersPayant, lignes);
    }
}
