package fr.caissecommune.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.stereotype.Service;

import fr.caissecommune.commun.Sexe;
import fr.caissecommune.famille.DeclarationTrimestrielle;
import fr.caissecommune.famille.DeclarationsTrimestrielles;
import fr.caissecommune.famille.DemandeAReprendre;
import fr.caissecommune.famille.InstructionDesDemandes;
import fr.caissecommune.famille.PieceJustificative;
import fr.caissecommune.famille.Prestation;
import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Fait;
import fr.caissecommune.referentiel.NouvellePersonne;
import fr.caissecommune.referentiel.Registre;
import fr.caissecommune.referentiel.Situations;
import fr.caissecommune.referentiel.Source;

/**
 * Une activité de guichet simulée sur les foyers témoins : des naissances déclarées en retard (rappels) et des
 * départs d'enfants constatés au contrôle (indus). Tout passe par les services du référentiel, comme au guichet :
 * les réexamens, régularisations et indicateurs suivent par les événements.
 */
@Service
public class ActiviteSimulee {

    /** Ce qui a été enregistré. */
    public record Bilan(int naissancesTardives, int departsConstates) {
    }

    private static final String[] PRENOMS = { "Léa", "Jade", "Louise", "Gabriel", "Raphaël", "Léo", "Emma", "Arthur", "Alice", "Jules" };

    /** Les demandes et déclarations trimestrielles engendrées. */
    public record BilanDesDemandes(int demandes, int decidees, int declarations, int declarationsEnRetard) {
    }

    /** Demandes de prestation par allocataire et par an (ordre de grandeur des dossiers traités rapportés aux allocataires). */
    static final double DEMANDES_PAR_ALLOCATAIRE_ET_PAR_AN = 0.25;
    /** Répartition des demandes par prestation ; les prestations non citées se partagent le reste. */
    static final Map<String, Double> PART_DES_DEMANDES = Map.of("AF", 0.15, "RSA", 0.10, "PPA", 0.45);
    /** Délais moyens de la réception à la décision (CCSS de la Lozère 2024 : 6,44 j pour les prestations légales, 11 j pour les minima sociaux). */
    static final double DELAI_MOYEN_PRESTATIONS_LEGALES = 6.44;
    static final double DELAI_MOYEN_MINIMA_SOCIAUX = 11.0;
    /** Part des demandes dont une pièce manque encore (instruction suspendue, ou rejet pour pièces non fournies). */
    static final double PART_INCOMPLETES = 0.08;
    /** Part des foyers tenus à la déclaration trimestrielle (Lozère 2023 : 1 050 RSA et 4 755 prime d'activité pour 13 680 allocataires). */
    static final double PART_A_DECLARATION_TRIMESTRIELLE = (1_050 + 4_755) / 13_680.0;
    static final double PART_DECLARATIONS_EN_RETARD = 0.04;
    static final double PART_DECLARATIONS_NON_RECUES = 0.02;

    private final Registre registre;
    private final Situations situations;
    private final InstructionDesDemandes instruction;
    private final DeclarationsTrimestrielles declarations;

    ActiviteSimulee(Registre registre, Situations situations, InstructionDesDemandes instruction, DeclarationsTrimestrielles declarations) {
        this.registre = registre;
        this.situations = situations;
        this.instruction = instruction;
        this.declarations = declarations;
    }

    /**
     * L'activité de l'année en cours jusqu'à {@code aujourdHui} : des demandes de prestation reçues au fil des jours,
     * décidées après un délai tiré autour des délais rapportés (les plus récentes restent à instruire), et les
     * déclarations trimestrielles des foyers bénéficiaires du RSA ou de la prime d'activité, reçues pour la plupart à
     * temps ; celles qui manquent à leur date limite suspendent le versement.
     */
    public BilanDesDemandes demandesEtDeclarations(List<FoyerId> foyers, long graine, LocalDate aujourdHui) {
        var aleas = new SplittableRandom(graine);
        var debut = aujourdHui.withDayOfYear(1);
        long jours = ChronoUnit.DAYS.between(debut, aujourdHui) + 1;
        int nombre = (int) Math.round(foyers.size() * DEMANDES_PAR_ALLOCATAIRE_ET_PAR_AN * jours / debut.lengthOfYear());
        var parts = partsDesDemandes();
        var lot = new ArrayList<DemandeAReprendre>();
        int demandes = 0;
        int decidees = 0;
        for (int i = 0; i < nombre; i++) {
            var prestation = tirer(parts, aleas.nextDouble());
            var recueLe = debut.plusDays(aleas.nextLong(jours));
            double delaiMoyen = prestation.estUnMinimumSocial() ? DELAI_MOYEN_MINIMA_SOCIAUX : DELAI_MOYEN_PRESTATIONS_LEGALES;
            var decideeLe = recueLe.plusDays(Math.round(-delaiMoyen * Math.log(1 - aleas.nextDouble())));
            var pieces = EnumSet.copyOf(PieceJustificative.attenduesPour(prestation));
            if (aleas.nextDouble() < PART_INCOMPLETES) {
                pieces.remove(PieceJustificative.attenduesPour(prestation).getLast());
            }
            double canal = aleas.nextDouble();
            lot.add(new DemandeAReprendre(foyers.get(aleas.nextInt(foyers.size())), prestation,
                    canal < 0.7 ? Source.ESPACE_EN_LIGNE : canal < 0.85 ? Source.GUICHET : Source.COURRIER, recueLe, pieces,
                    decideeLe.isAfter(aujourdHui) ? null : decideeLe));
            if (!decideeLe.isAfter(aujourdHui)) {
                decidees++;
            }
            if (lot.size() == 2_000 || i == nombre - 1) {
                demandes += instruction.reprendreEnMasse(lot, "Service des prestations");
                lot.clear();
            }
        }
        int lesDeclarations = 0;
        var concernes = foyers.stream().filter(f -> aleas.nextDouble() < PART_A_DECLARATION_TRIMESTRIELLE).toList();
        for (var trimestre = YearMonth.from(debut); !trimestre.atDay(1).isAfter(aujourdHui); trimestre = trimestre.plusMonths(3)) {
            var limite = DeclarationsTrimestrielles.dateLimite(trimestre);
            var recues = new HashMap<FoyerId, LocalDate>();
            for (var foyer : concernes) {
                double u = aleas.nextDouble();
                LocalDate le;
                if (u < PART_DECLARATIONS_NON_RECUES) {
                    continue;
                } else if (u < PART_DECLARATIONS_NON_RECUES + PART_DECLARATIONS_EN_RETARD) {
                    le = limite.plusDays(1 + aleas.nextInt(20));
                } else {
                    le = trimestre.minusMonths(1).atDay(1).plusDays(aleas.nextInt(45)); // reçue entre le mois qui précède et la date limite
                }
                if (!le.isAfter(aujourdHui)) {
                    recues.put(foyer, le);
                }
            }
            lesDeclarations += declarations.reprendreEnMasse(trimestre, concernes, recues, Source.ESPACE_EN_LIGNE);
        }
        int enRetard = declarations.constaterLesRetards(aujourdHui);
        return new BilanDesDemandes(demandes, decidees, lesDeclarations, enRetard);
    }

    private static Map<Prestation, Double> partsDesDemandes() {
        var prestations = List.of(Prestation.values());
        long autres = prestations.stream().filter(p -> !PART_DES_DEMANDES.containsKey(p.name())).count();
        double reste = 1 - PART_DES_DEMANDES.entrySet().stream().filter(e -> prestations.stream().anyMatch(p -> p.name().equals(e.getKey())))
                .mapToDouble(Map.Entry::getValue).sum();
        var parts = new java.util.LinkedHashMap<Prestation, Double>();
        for (var p : prestations) {
            parts.put(p, PART_DES_DEMANDES.getOrDefault(p.name(), autres == 0 ? 0 : reste / autres));
        }
        double total = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        parts.replaceAll((p, v) -> v / total);
        return parts;
    }

    private static Prestation tirer(Map<Prestation, Double> parts, double u) {
        double cumul = 0;
        for (var e : parts.entrySet()) {
            cumul += e.getValue();
            if (u < cumul) {
                return e.getKey();
            }
        }
        return parts.keySet().iterator().next();
    }

    public Bilan changementsTardifs(List<Simulation.FoyerTemoin> temoins, long graine, LocalDate aujourdHui, int naissances, int departs) {
        var aleas = new SplittableRandom(graine);
        int n = 0;
        int d = 0;
        for (var temoin : temoins) {
            if (n < naissances) {
                var naissance = aujourdHui.minusMonths(2 + aleas.nextInt(4)).withDayOfMonth(1 + aleas.nextInt(28));
                var sexe = aleas.nextBoolean() ? Sexe.F : Sexe.M;
                registre.declarerNaissance(temoin.foyer(), new NouvellePersonne(null, temoin.nom(), null, PRENOMS[aleas.nextInt(PRENOMS.length)],
                        sexe, naissance, temoin.commune(), null, null, null), Source.COURRIER, "Naissance déclarée tardivement");
                n++;
            } else if (d < departs) {
                var aine = temoin.enfants().getFirst();
                var depart = aujourdHui.minusMonths(3 + aleas.nextInt(4)).withDayOfMonth(1 + aleas.nextInt(28));
                if (depart.isAfter(temoin.naissances().getFirst().plusYears(14))) {
                    situations.enregistrer(aine, temoin.foyer(), new Fait.DepartDuFoyer(aine, registre.getPersonne(aine).prenoms(),
                            "Départ du foyer"), depart, Source.CONTROLE, "Départ constaté lors d'un contrôle sur place");
                    d++;
                }
            } else {
                break;
            }
        }
        return new Bilan(n, d);
    }
}
