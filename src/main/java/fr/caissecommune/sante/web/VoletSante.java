package fr.caissecommune.sante.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.caissecommune.sante.DossierSante;
import fr.caissecommune.sante.DroitsSante;
import fr.caissecommune.sante.HistoriqueDesSoins;
import fr.caissecommune.socle.VoletDuDossier;

/**
 * Le volet santé de la vue à 360° : droits (PUMa, C2S, AME, ALD, médecin traitant, maternité, carte Vitale), derniers
 * décomptes avec leur explication, compteurs de l'année de la participation forfaitaire et des franchises.
 */
@Component
class VoletSante implements VoletDuDossier {

    static final int DECOMPTES = 10;

    private final DroitsSante droits;
    private final HistoriqueDesSoins historique;

    VoletSante(DroitsSante droits, HistoriqueDesSoins historique) {
        this.droits = droits;
        this.historique = historique;
    }

    @Override
    public String titre() {
        return "Santé";
    }

    @Override
    public String ancre() {
        return "sante";
    }

    @Override
    public int ordre() {
        return 30;
    }

    @Override
    public String fragment() {
        return "sante/volet :: volet";
    }

    @Override
    public Map<String, Object> pour(UUID personne) {
        var dossier = droits.dossier(personne);
        if (dossier.isEmpty()) {
            return Map.of();
        }
        var d = dossier.get();
        var aujourdHui = LocalDate.now();
        var modele = new HashMap<String, Object>();
        modele.put("dossier", d);
        modele.put("aujourdHui", aujourdHui);
        modele.put("affiliation", java.util.Optional.ofNullable(d.affiliationAu(aujourdHui)));
        modele.put("medecin", java.util.Optional.ofNullable(d.medecinTraitantAu(aujourdHui)));
        modele.put("c2s", java.util.Optional.ofNullable(d.c2sEnCoursOuAVenir(aujourdHui)));
        modele.put("ame", d.ame().stream().filter(p -> p.contient(aujourdHui)).findFirst());
        modele.put("ald", d.ald().stream().filter(a -> a.ald().periode().contient(aujourdHui)).toList());
        modele.put("ouvrants", nomsDesOuvrantsDroit(d));
        if (d.nir() != null) {
            modele.put("decomptes", historique.derniersDecomptes(d.nir(), DECOMPTES));
            modele.put("annee", aujourdHui.getYear());
            modele.put("compteurs", historique.compteursDeLAnnee(d.nir(), aujourdHui.getYear()));
        } else {
            modele.put("decomptes", List.of());
            modele.put("compteurs", List.of());
        }
        return modele;
    }

    private Map<UUID, String> nomsDesOuvrantsDroit(DossierSante d) {
        var noms = new HashMap<UUID, String>();
        for (var a : d.affiliations()) {
            for (var o : a.ouvrantsDroit()) {
                noms.computeIfAbsent(o, id -> droits.dossier(id).map(DossierSante::nom).orElse("assuré inconnu"));
            }
        }
        return noms;
    }

    @Override
    public String absence() {
        return "Cette personne n'est pas connue de l'assurance maladie de la caisse.";
    }
}
