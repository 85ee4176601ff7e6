package fr.caissecommune.sante;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.sante.calcul.Liquidation;
import fr.caissecommune.sante.calcul.ParametresALaDate;
import fr.caissecommune.sante.calcul.ParametresSante;
import fr.caissecommune.sante.nomenclatures.Nomenclatures;
import fr.caissecommune.sante.nomenclatures.RapportDeChargement;

/**
 * La liquidation des feuilles de soins : le service du module. Une feuille avec la situation et les cumuls de
 * son bénéficiaire donnés par l'appelant, ou un lot de feuilles en simulation : les plafonds s'y cumulent par
 * bénéficiaire dans l'ordre des dates de soins, et les doublons sont cherchés parmi les feuilles déjà payées du
 * lot. Les bénéficiaires sont liquidés en parallèle ; le résultat suit l'ordre du lot.
 */
@Service
public class LiquidationDesSoins {

    /** La taille des tranches remises au destinataire d'une simulation. */
    public static final int TRANCHE = 16_384;

    private final ParametresALaDate parametres;
    private final Nomenclatures nomenclatures;

    @Autowired
    LiquidationDesSoins(Parametres parametres, Nomenclatures nomenclatures) {
        this(parametres.courant(), nomenclatures);
    }

    private LiquidationDesSoins(JeuDeParametres jeu, Nomenclatures nomenclatures) {
        this.parametres = ParametresSante.enCache(jeu);
        this.nomenclatures = nomenclatures;
    }

    /** Un service hors de l'application (outils, bancs d'essai) sur un jeu de paramètres donné. */
    public static LiquidationDesSoins avec(JeuDeParametres jeu, Nomenclatures nomenclatures) {
        return new LiquidationDesSoins(jeu, nomenclatures);
    }

    /**
     * Liquide une feuille.
     *
     * @param situation    la situation du bénéficiaire, {@code null} s'il est inconnu de la caisse
     * @param cumuls       ses cumuls avant cette feuille
     * @param dejaLiquides ses soins déjà payés
     */
    public Decompte liquider(FeuilleDeSoins feuille, @org.jspecify.annotations.Nullable SituationDuBeneficiaire situation, Cumuls cumuls,
            SoinsLiquides dejaLiquides) {
        return Liquidation.liquider(feuille, situation, cumuls, dejaLiquides, parametres, nomenclatures);
    }

    /** Liquide un lot en simulation ; les décomptes suivent l'ordre du lot. */
    public List<Decompte> simuler(List<FeuilleSimulee> feuilles) {
        return simuler(feuilles, Function.identity());
    }

    /**
     * Liquide un lot en simulation et transforme chaque décompte (par exemple en JSON) dans le fil qui l'a
     * calculé ; les résultats suivent l'ordre du lot.
     */
    public <T> List<T> simuler(List<FeuilleSimulee> feuilles, Function<Decompte, T> transformation) {
        var resultats = new ArrayList<T>(feuilles.size());
        simuler(feuilles, transformation, TRANCHE, resultats::addAll);
        return resultats;
    }

    /**
     * Liquide un lot en simulation et remet les décomptes transformés au destinataire par tranches, dans l'ordre
     * du lot, sans garder tout le lot liquidé en mémoire.
     *
     * <p>Premier passage, bénéficiaire par bénéficiaire (en parallèle) et dans l'ordre des dates de soins : les
     * cumuls du bénéficiaire avant chaque feuille et les soins déjà payés. Second passage, dans l'ordre du lot et
     * par tranches : chaque feuille est liquidée de nouveau avec ces entrées — la liquidation est une fonction
     * pure, le décompte est le même — puis transformée et remise.
     */
    public <T> void simuler(List<FeuilleSimulee> feuilles, Function<Decompte, T> transformation, int tranche, Consumer<List<T>> destinataire) {
        var entrees = entreesDeLiquidation(feuilles);
        for (int debut = 0; debut < feuilles.size(); debut += tranche) {
            int fin = Math.min(feuilles.size(), debut + tranche);
            var resultats = new Object[fin - debut];
            int premier = debut;
            IntStream.range(debut, fin).parallel().forEach(i -> {
                var simulee = feuilles.get(i);
                var entree = entrees[i];
                entrees[i] = null;
                resultats[i - premier] = transformation.apply(liquider(simulee.feuille(), simulee.situation(), entree.cumuls(), entree.doublons()::contains));
            });
            @SuppressWarnings("unchecked")
            var liste = (List<T>) java.util.Arrays.asList(resultats);
            destinataire.accept(liste);
        }
    }

    /** Ce qu'une feuille du lot reçoit de celles qui la précèdent : les cumuls, et ses soins déjà payés. */
    private record Entree(Cumuls cumuls, Set<CleDeSoin> doublons) {
    }

    private Entree[] entreesDeLiquidation(List<FeuilleSimulee> feuilles) {
        var parBeneficiaire = new HashMap<String, List<Integer>>();
        for (int i = 0; i < feuilles.size(); i++) {
            parBeneficiaire.computeIfAbsent(feuilles.get(i).feuille().nir().valeur(), n -> new ArrayList<>(4)).add(i);
        }
        var entrees = new Entree[feuilles.size()];
        var groupes = new ArrayList<>(parBeneficiaire.values());
        IntStream.range(0, groupes.size()).parallel().forEach(g -> {
            var compteurs = new CompteursDuBeneficiaire();
            for (int i : dansLOrdreDesSoins(groupes.get(g), feuilles)) {
                var simulee = feuilles.get(i);
                var cumuls = compteurs.avant(simulee.feuille());
                var doublons = compteurs.dejaPayes(simulee.feuille());
                entrees[i] = new Entree(cumuls, doublons);
                compteurs.enregistrer(simulee.feuille(), liquider(simulee.feuille(), simulee.situation(), cumuls, doublons::contains));
            }
        });
        return entrees;
    }

    /** Les indices des feuilles d'un bénéficiaire triés par date de soins, puis dans l'ordre du lot. */
    private static int[] dansLOrdreDesSoins(List<Integer> indices, List<FeuilleSimulee> feuilles) {
        var cles = new long[indices.size()];
        for (int k = 0; k < cles.length; k++) {
            int i = indices.get(k);
            cles[k] = feuilles.get(i).feuille().dateDesSoins().toEpochDay() << 32 | i;
        }
        java.util.Arrays.sort(cles);
        var ordre = new int[cles.length];
        for (int k = 0; k < cles.length; k++) {
            ordre[k] = (int) cles[k];
        }
        return ordre;
    }

    /** Les comptes rendus de chargement des nomenclatures. */
    public List<RapportDeChargement> referentiels() {
        return nomenclatures.rapports();
    }
}
