/**
 * Le moteur de règles : les paramètres législatifs datés (un fichier YAML par grandeur légale sous
 * {@code regles/parametres/}, au format d'OpenFisca-France : valeurs par date d'effet, unité, référence
 * juridique pour chaque date), l'instantané des paramètres à une date, les barèmes et l'explication en
 * français de chaque montant calculé. Chaque jeu de paramètres porte une version (empreinte SHA-256 de
 * son contenu), conservée en base pour rejouer à l'identique une décision passée.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Règles", allowedDependencies = { "commun", "socle" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.regles;
