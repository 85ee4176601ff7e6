/**
 * Calcul pur des prestations de la branche Famille, mois par mois, chacune avec son explication (paramètres appliqués,
 * date d'effet, référence) et ses règles d'arrondi et de versement minimum :
 * <ul>
 * <li>entretien : allocations familiales ({@link fr.caissecommune.famille.calcul.AllocationsFamiliales}, AF),
 * complément familial ({@link fr.caissecommune.famille.calcul.ComplementFamilial}, CF), allocation de rentrée
 * scolaire ({@link fr.caissecommune.famille.calcul.AllocationDeRentreeScolaire}, ARS), allocation de soutien familial
 * ({@link fr.caissecommune.famille.calcul.AllocationDeSoutienFamilial}, ASF) ;</li>
 * <li>jeune enfant : prestation d'accueil du jeune enfant
 * ({@link fr.caissecommune.famille.calcul.PrestationDAccueilDuJeuneEnfant}, PAJE : primes et allocation de base) ;</li>
 * <li>handicap : allocation d'éducation de l'enfant handicapé
 * ({@link fr.caissecommune.famille.calcul.AllocationDEducationDeLEnfantHandicape}, AEEH), allocation aux adultes
 * handicapés ({@link fr.caissecommune.famille.calcul.AllocationAuxAdultesHandicapes}, AAH), allocations journalières
 * de présence parentale (AJPP) et du proche aidant (AJPA) ({@link fr.caissecommune.famille.calcul.AllocationJournaliere}) ;</li>
 * <li>ressources de référence de l'année N-2 ({@link fr.caissecommune.famille.calcul.RessourcesDeReference}), couple
 * biactif ({@link fr.caissecommune.famille.calcul.Biactivite}), CRDS précomptée.</li>
 * </ul>
 * Entrées typées et instantané des paramètres ; ni Spring, ni entrée-sortie, ni horloge. BMAF : base mensuelle de
 * calcul des allocations familiales. CRDS : contribution pour le remboursement de la dette sociale. CDAPH :
 * commission des droits et de l'autonomie des personnes handicapées. RSDAE : restriction substantielle et durable
 * d'accès à l'emploi.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.calcul;
