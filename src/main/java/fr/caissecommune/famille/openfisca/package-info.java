/**
 * Lecture et exécution des cas de test au format d'OpenFisca-France (fichiers YAML : situation, période, valeurs
 * attendues) contre les calculs de la caisse, avec un résultat par cas : réussi, échoué (écarts) ou ignoré
 * (raison et variables en cause). Destiné à servir aussi la commande {@code caisse calculer} et l'API de calcul.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.famille.openfisca;
