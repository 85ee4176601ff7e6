package fr.caissecommune.famille.openfisca;

import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.FAMILLE;
import static fr.caissecommune.famille.openfisca.SituationOpenFisca.Entite.INDIVIDU;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.commun.Montant;
import fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire;
import fr.caissecommune.famille.calcul.AllocationDEducationDeLEnfantHandicape;
import fr.caissecommune.famille.calcul.AllocationDeSoutienFamilial;
import fr.caissecommune.famille.calcul.SituationAeeh;
import fr.caissecommune.famille.calcul.Biactivite;
import fr.caissecommune.famille.calcul.ComplementFamilial;
import fr.caissecommune.famille.calcul.Crds;
import fr.caissecommune.famille.calcul.Enfant;
import fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant;
import fr.caissecommune.famille.calcul.SituationPaje;
import fr.caissecommune.famille.calcul.ResultatPrestation;
import fr.caissecommune.famille.calcul.SituationArs;
import fr.caissecommune.famille.calcul.SituationAsf;
import fr.caissecommune.famille.calcul.SituationCf;
import fr.caissecommune.regles.Instantane;
import fr.caissecommune.regles.JeuDeParametres;

/**
 * Les prestations d'entretien autres que les allocations familiales vues depuis les cas OpenFisca-France :
 * complément familial ({@code cf}), allocation de rentrée scolaire ({@code ars}, versée en août) et allocation de
 * soutien familial ({@code asf}). Les conventions des cas sont celles des allocations familiales
 * ({@link AllocationsFamilialesOpenFisca}) : âge au premier jour du mois, ressources de l'année N-2. Le couple est
 * la famille à deux parents (ou {@code en_couple}) ; l'ASF est ouverte au parent isolé qui ne perçoit pas de
 * pension couvrant son montant, sauf si la situation dit autrement ({@code asf_elig}, {@code asf_elig_enfant}).
 */
final class PrestationsFamilialesOpenFisca extends DispositifDecrit {

    private static final Set<String> MONTANTS = Set.of("cf", "cf_montant", "ars", "ars_nette_crds", "crds_ars", "asf", "paje", "paje_base",
            "paje_naissance", "aeeh");
    private static final Set<String> CALCULEES = Set.of("cf", "cf_montant", "cf_plafond", "cf_majore_plafond", "cf_base_ressources",
            "ars", "ars_nette_crds", "crds_ars", "asf", "asf_elig", "biactivite", "paje", "paje_base", "paje_naissance", "aeeh", "en_couple");

    private final JeuDeParametres jeu;
    private final AllocationsFamilialesOpenFisca af;
    private final Map<YearMonth, Instantane> parMois = new HashMap<>();

    PrestationsFamilialesOpenFisca(JeuDeParametres jeu) {
        super("complément familial, ARS, ASF, PAJE et AEEH", CALCULEES, MONTANTS, entrees());
        this.jeu = jeu;
        this.af = new AllocationsFamilialesOpenFisca(jeu);
    }

    private static Map<String, VariableConnue> entrees() {
        var e = new LinkedHashMap<>(AllocationsFamilialesOpenFisca.ENTREES);
        e.put("en_couple", VariableConnue.lue(FAMILLE));
        e.put("asf_elig", VariableConnue.lue(FAMILLE));
        e.put("asf_elig_enfant", VariableConnue.lue(INDIVIDU));
        for (var v : List.of("empl_dir", "ass_mat", "gar_dom", "inactif", "partiel1", "partiel2", "opt_colca", "paje_prepare", "paje_cmg")) {
            e.remove(v);
        }
        e.put("handicap", VariableConnue.lue(INDIVIDU));
        e.put("aeeh_niveau_handicap", VariableConnue.lue(INDIVIDU));
        e.put("statut_marital", VariableConnue.sansIncidence(INDIVIDU, "la vie en couple est lue sur la famille (deux parents ou en_couple)"));
        return e;
    }

    @Override
    public Calcul calculer(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        AllocationsFamilialesOpenFisca.verifierResidenceEnMetropole(situation, famille, mois);
        var parametres = parMois.computeIfAbsent(mois, m -> jeu.a(m.atDay(1)));
        var enfants = new ArrayList<Enfant>();
        for (var id : famille.role("enfants")) {
            enfants.add(AllocationsFamilialesOpenFisca.enfant(situation.individus.get(id), mois));
        }
        boolean enCouple = enCouple(famille, mois);
        var valeurs = new LinkedHashMap<String, BigDecimal>();
        NonPrisEnCharge sinon = null;

        valeurs.put("en_couple", enCouple ? BigDecimal.ONE : BigDecimal.ZERO);
        valeurs.put("asf_elig", asfElig(famille, mois, enCouple) ? BigDecimal.ONE : BigDecimal.ZERO);
        var asf = AllocationDeSoutienFamilial.calculerSansExplication(situationAsf(situation, famille, mois, enCouple), mois, parametres);
        valeurs.put("asf", asf.montant().valeur());
        var aeeh = AllocationDEducationDeLEnfantHandicape.calculerSansExplication(situationAeeh(situation, famille, mois, enCouple), mois,
                parametres);
        valeurs.put("aeeh", aeeh.montant().valeur());

        try {
            var ressources = af.ressources(situation, famille, mois);
            boolean biactif = biactif(situation, famille, mois);
            valeurs.put("biactivite", biactif ? BigDecimal.ONE : BigDecimal.ZERO);
            var paje = PrestationDAccueilDuJeuneEnfant.calculerSansExplication(new SituationPaje(enfants, List.of(), enCouple, biactif, ressources),
                    mois, parametres);
            valeurs.put("paje_base", paje.allocationDeBase().valeur());
            valeurs.put("paje_naissance", paje.primeALaNaissance().valeur());
            valeurs.put("paje", paje.total().valeur());
            var cf = ComplementFamilial.calculerSansExplication(new SituationCf(enfants, enCouple, biactif, ressources,
                    paje.allocationDeBase().estPositif()), mois, parametres);
            valeurs.put("cf", cf.montant().valeur());
            valeurs.putAll(cf.intermediaires());
            var ars = AllocationDeRentreeScolaire.calculerSansExplication(new SituationArs(enfants, ressources), mois, parametres);
            valeurs.put("ars", ars.montant().valeur());
            var crds = Crds.retenue(ars.montant(), parametres);
            valeurs.put("crds_ars", crds.valeur().negate());
            valeurs.put("ars_nette_crds", ars.montant().moins(crds).valeur());
        } catch (NonPrisEnCharge e) {
            sinon = e;
        }
        return new Calcul(valeurs, sinon);
    }

    private static boolean enCouple(SituationOpenFisca.Membre famille, YearMonth mois) {
        return famille.variable("en_couple").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(famille.role("parents").size() >= 2);
    }

    private static boolean asfElig(SituationOpenFisca.Membre famille, YearMonth mois, boolean enCouple) {
        return famille.variable("asf_elig").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(!enCouple);
    }

    /**
     * L'ASF des cas : chaque enfant est réputé privé de l'aide d'un parent (parent isolé), sauf {@code asf_elig_enfant}
     * faux ; les pensions alimentaires perçues du mois par les parents et les enfants sont déduites.
     */
    private static SituationAsf situationAsf(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois, boolean enCouple) {
        var enfants = new ArrayList<Enfant>();
        for (var id : famille.role("enfants")) {
            var individu = situation.individus.get(id);
            boolean eligible = individu.variable("asf_elig_enfant").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(true);
            if (eligible) {
                enfants.add(AllocationsFamilialesOpenFisca.enfant(individu, mois));
            }
        }
        var pensions = BigDecimal.ZERO;
        for (var role : List.of("parents", "enfants")) {
            for (var id : famille.role(role)) {
                pensions = pensions.add(situation.individus.get(id).variable("pensions_alimentaires_percues").map(v -> v.montantDuMois(mois))
                        .orElse(BigDecimal.ZERO));
            }
        }
        return new SituationAsf(enfants, List.of(), !asfElig(famille, mois, enCouple), Montant.euros(pensions));
    }

    /**
     * L'AEEH des cas : chaque enfant {@code handicap} ouvre droit ; {@code aeeh_niveau_handicap} (1 sans complément,
     * n pour le complément de catégorie n − 1) donne la catégorie du complément.
     */
    private static SituationAeeh situationAeeh(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois, boolean enCouple) {
        var enfants = new ArrayList<SituationAeeh.EnfantHandicape>();
        for (var id : famille.role("enfants")) {
            var individu = situation.individus.get(id);
            if (!individu.variable("handicap").map(v -> v.etatDuMois(mois)).map(Valeurs::booleen).orElse(false)) {
                continue;
            }
            int niveau = individu.variable("aeeh_niveau_handicap").map(v -> v.etatDuMois(mois)).map(v -> Valeurs.nombre(v).intValue()).orElse(1);
            if (niveau < 1 || niveau > 7) {
                throw new NonPrisEnCharge("aeeh_niveau_handicap " + niveau + " hors de 1 à 7", "aeeh_niveau_handicap");
            }
            enfants.add(new SituationAeeh.EnfantHandicape(AllocationsFamilialesOpenFisca.enfant(individu, mois), niveau - 1));
        }
        return new SituationAeeh(enfants, !enCouple);
    }

    private boolean biactif(SituationOpenFisca situation, SituationOpenFisca.Membre famille, YearMonth mois) {
        var parents = famille.role("parents");
        if (parents.size() != 2) {
            return false;
        }
        int annee = mois.getYear() - 2;
        var revenus = new ArrayList<Montant>();
        for (var id : parents) {
            revenus.add(af.ressourcesIndividuelles(situation.individus.get(id), annee, false));
        }
        return Biactivite.estBiactif(revenus, jeu.a(Biactivite.anneeDeReference(mois)));
    }

}
