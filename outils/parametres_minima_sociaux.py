#!/usr/bin/env python3
"""Écrit les paramètres du RSA et de la prime d'activité (regles/parametres/minima_sociaux/) à partir de
l'extrait ../shared/reference/famille/parametres.csv, avec les fonctions de parametres_depuis_openfisca.py.

Usage : outils/parametres_minima_sociaux.py
"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from parametres_depuis_openfisca import CSV, ecrire

MS = 'prestations_sociales/solidarite_insertion/minima_sociaux/'
RSA = MS + 'rsa/'
PPA = MS + 'ppa/'
D = '2009-06-01'
CORRESPONDANCES = [
    # Revenu de solidarité active (CASF, art. L262-2, R262-1 à R262-11)
    (RSA + 'rsa_m/montant_de_base_du_rsa', 'minima_sociaux/rsa/montant_forfaitaire',
     "Montant forfaitaire du revenu de solidarité active pour une personne seule (CASF, art. L262-2 et R262-1)", D),
    (RSA + 'rsa_maj/maj_montant_max/couples_celibataire_avec_enfant', 'minima_sociaux/rsa/majoration/deuxieme_personne',
     "Majoration du montant forfaitaire du RSA pour la deuxième personne du foyer (CASF, art. R262-1 1°)", D),
    (RSA + 'rsa_maj/maj_montant_max/couple_1_enfant_ou_2e_enfant', 'minima_sociaux/rsa/majoration/personne_supplementaire',
     "Majoration du montant forfaitaire du RSA pour chaque personne supplémentaire à charge (CASF, art. R262-1 2°)", D),
    (RSA + 'rsa_maj/maj_montant_max/par_enfant_supplementaire', 'minima_sociaux/rsa/majoration/a_partir_du_troisieme_enfant',
     "Majoration du montant forfaitaire du RSA pour chaque enfant ou personne à charge à partir du troisième, conjoint exclu "
     "(CASF, art. R262-1 2°)", D),
    (RSA + 'rsa_maj/majoration_isolement_en_base_rsa/femmes_enceintes', 'minima_sociaux/rsa/majoration_isolement/taux_de_base',
     "Montant forfaitaire majoré du RSA pour une personne isolée enceinte ou assumant seule la charge d'enfants, en part du "
     "montant forfaitaire (CASF, art. L262-9 et R262-1)", D),
    (RSA + 'rsa_maj/majoration_isolement_en_base_rsa/par_enfant_a_charge', 'minima_sociaux/rsa/majoration_isolement/par_enfant',
     "Majoration du montant forfaitaire majoré du RSA par enfant à charge, en part du montant forfaitaire (CASF, art. R262-1)", D),
    (RSA + 'rsa_cond/majoration_isolement/age_limite_enfant', 'minima_sociaux/rsa/majoration_isolement/age_limite_enfant',
     "Âge du plus jeune enfant jusqu'auquel le montant majoré pour isolement est servi (CASF, art. R262-1)", D),
    (RSA + 'rsa_cond/majoration_isolement/duree_du_droit', 'minima_sociaux/rsa/majoration_isolement/duree',
     "Durée du montant majoré pour isolement quand le plus jeune enfant a atteint l'âge limite (CASF, art. R262-1)", D),
    (RSA + 'rsa_fl/forfait_logement/taux_1_personne', 'minima_sociaux/rsa/forfait_logement/une_personne',
     "Forfait logement du RSA pour un foyer d'une personne, en part du montant forfaitaire (CASF, art. R262-9 1°)", D),
    (RSA + 'rsa_fl/forfait_logement/taux_2_personnes', 'minima_sociaux/rsa/forfait_logement/deux_personnes',
     "Forfait logement du RSA pour un foyer de deux personnes, en part du montant forfaitaire applicable (CASF, art. R262-9 2°)", D),
    (RSA + 'rsa_fl/forfait_logement/taux_3_personnes_ou_plus', 'minima_sociaux/rsa/forfait_logement/trois_personnes_ou_plus',
     "Forfait logement du RSA pour un foyer de trois personnes ou plus, en part du montant forfaitaire applicable "
     "(CASF, art. R262-9 3°)", D),
    (RSA + 'rsa_maj/montant_minimum_verse', 'minima_sociaux/rsa/montant_minimum_verse',
     "Montant mensuel en dessous duquel le RSA n'est pas versé (CASF, art. R262-1 dernier alinéa)", D),
    (RSA + 'rsa_maj/majoration_ressources_revenus_activite', 'minima_sociaux/rsa/pente_revenus_activite',
     "Part des revenus d'activité ajoutée au montant forfaitaire (RSA activité, jusqu'à la création de la prime d'activité)", D),
    (RSA + 'rsa_maj/forfait_asf/taux2', 'minima_sociaux/rsa/forfait_asf',
     "Montant forfaitaire compté dans les ressources du RSA, par enfant, quand l'allocation de soutien familial est due "
     "(CASF, art. R262-10-1)", '2014-04-01'),
    ('prestations_sociales/prestations_familiales/education_presence_parentale/asf/montant_asf/orphelin_assimile_seul_parent',
     'minima_sociaux/rsa/asf_enfant_prive_d_un_parent',
     "Montant de l'allocation de soutien familial pour un enfant privé de l'aide de l'un de ses parents, en part de BMAF : une "
     "pension alimentaire reçue au moins égale l'exclut du forfait compté dans les ressources (CSS, art. R523-7 ; CASF, art. R262-10-1)",
     '2009-06-01'),
    (RSA + 'rsa_cond/age_minimum_allocataire', 'minima_sociaux/rsa/age_minimum',
     "Âge minimum du bénéficiaire du RSA sans enfant à charge (CASF, art. L262-4 1°)", D),
    (RSA + 'rsa_cond/age_pac', 'minima_sociaux/rsa/age_limite_personne_a_charge',
     "Âge limite des enfants et personnes à charge pris en compte pour le RSA (CASF, art. R262-3)", D),

    # Prime d'activité (CSS, art. L841-1 à L846-1, D843-1 à D844-?)
    (PPA + 'pa_m/montant_de_base', 'minima_sociaux/prime_activite/montant_forfaitaire',
     "Montant forfaitaire de la prime d'activité pour une personne seule (CSS, art. L842-3 et D843-1)", '2016-01-01'),
    (RSA + 'rsa_maj/maj_montant_max/couples_celibataire_avec_enfant', 'minima_sociaux/prime_activite/majoration/deuxieme_personne',
     "Majoration du montant forfaitaire de la prime d'activité pour la deuxième personne du foyer (CSS, art. D843-1)",
     '2016-01-01'),
    (RSA + 'rsa_maj/maj_montant_max/couple_1_enfant_ou_2e_enfant', 'minima_sociaux/prime_activite/majoration/personne_supplementaire',
     "Majoration du montant forfaitaire de la prime d'activité pour chaque personne supplémentaire à charge (CSS, art. D843-1)",
     '2016-01-01'),
    (RSA + 'rsa_maj/maj_montant_max/par_enfant_supplementaire', 'minima_sociaux/prime_activite/majoration/a_partir_du_troisieme_enfant',
     "Majoration du montant forfaitaire de la prime d'activité par enfant à charge à partir du troisième (CSS, art. D843-1)",
     '2016-01-01'),
    (PPA + 'pa_m/majoration_isolement/femmes_enceintes', 'minima_sociaux/prime_activite/majoration_isolement/taux_de_base',
     "Montant forfaitaire majoré de la prime d'activité pour une personne isolée enceinte ou assumant seule la charge "
     "d'enfants, en part du montant forfaitaire (CSS, art. L842-7 et D843-1)", '2016-01-01'),
    (PPA + 'pa_m/majoration_isolement/par_enfant_charge', 'minima_sociaux/prime_activite/majoration_isolement/par_enfant',
     "Majoration par enfant à charge du montant forfaitaire majoré de la prime d'activité (CSS, art. D843-1)", '2016-01-01'),
    (PPA + 'pa_m/majoration_ressources_revenus_activite', 'minima_sociaux/prime_activite/pente_revenus_activite',
     "Part des revenus professionnels du foyer ajoutée au montant forfaitaire de la prime d'activité (CSS, art. L842-3 et D843-3)",
     '2016-01-01'),
    (PPA + 'pa_m/bonification/seuil_bonification', 'minima_sociaux/prime_activite/bonification/seuil',
     "Revenus professionnels individuels, en nombre de SMIC horaires bruts, à partir desquels la bonification individuelle est "
     "due (CSS, art. D843-2)", '2016-01-01', 'smic_horaire_brut'),
    (PPA + 'pa_m/bonification/seuil_max_bonification', 'minima_sociaux/prime_activite/bonification/seuil_maximum',
     "Revenus professionnels individuels, en nombre de SMIC horaires bruts, à partir desquels la bonification individuelle est "
     "maximale (CSS, art. D843-2)", '2016-01-01', 'smic_horaire_brut'),
    (PPA + 'pa_m/bonification/taux_bonification_max', 'minima_sociaux/prime_activite/bonification/taux_maximum',
     "Montant maximal de la bonification individuelle, en part du montant forfaitaire (CSS, art. D843-2)", '2016-01-01'),
    (PPA + 'pa_fl/taux_forfait_logement/foyer_1_personne', 'minima_sociaux/prime_activite/forfait_logement/une_personne',
     "Forfait logement de la prime d'activité pour un foyer d'une personne, en part du montant forfaitaire (CSS, art. R844-3)",
     '2016-01-01'),
    (PPA + 'pa_fl/taux_forfait_logement/foyer_2_personnes', 'minima_sociaux/prime_activite/forfait_logement/deux_personnes',
     "Forfait logement de la prime d'activité pour un foyer de deux personnes, en part du montant forfaitaire applicable "
     "(CSS, art. R844-3)", '2016-01-01'),
    (PPA + 'pa_fl/taux_forfait_logement/foyer_3_personnes', 'minima_sociaux/prime_activite/forfait_logement/trois_personnes_ou_plus',
     "Forfait logement de la prime d'activité pour un foyer de trois personnes ou plus, en part du montant forfaitaire "
     "applicable (CSS, art. R844-3)", '2016-01-01'),
    (PPA + 'pa_m/montant_minimum_verse', 'minima_sociaux/prime_activite/montant_minimum_verse',
     "Montant mensuel en dessous duquel la prime d'activité n'est pas versée (CSS, art. D843-1 dernier alinéa)", '2015-10-01'),
    (PPA + 'pa_cond/age_min', 'minima_sociaux/prime_activite/age_minimum',
     "Âge minimum pour bénéficier de la prime d'activité (CSS, art. L842-2)", '2015-10-01'),
    (PPA + 'pa_cond/seuil_aah_activite', 'minima_sociaux/prime_activite/seuil_aah_revenus_activite',
     "Revenus professionnels mensuels, en nombre de SMIC horaires bruts, à partir desquels l'AAH est traitée comme un revenu "
     "professionnel (CSS, art. D843-4)", '2015-10-01', 'smic_horaire_brut'),
]

def main():
    with open(CSV, newline='') as f:
        lignes = list(csv.DictReader(f))
    for chemin_of, chemin, description, depuis, *unite in CORRESPONDANCES:
        ecrire(chemin_of, chemin, description, depuis, lignes, *unite)

if __name__ == '__main__':
    main()
