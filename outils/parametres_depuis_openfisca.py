#!/usr/bin/env python3
"""Écrit des fichiers de paramètres (format OpenFisca) à partir de l'extrait
../shared/reference/famille/parametres.csv (OpenFisca-France 176.0.7).

Usage : outils/parametres_depuis_openfisca.py [--depuis AAAA-MM-JJ]

Chaque entrée de CORRESPONDANCES donne le chemin OpenFisca, notre chemin (sous regles/parametres/) et la
description en français. Les valeurs, dates, unités et références viennent du CSV, sans retouche ;
relancer le script après une mise à jour de l'extrait puis relire le diff.
"""
import csv, os, sys, datetime

RACINE = os.path.join(os.path.dirname(__file__), '..')
CSV = os.path.join(RACINE, '..', 'shared', 'reference', 'famille', 'parametres.csv')
SORTIE = os.path.join(RACINE, 'regles', 'parametres')

# (chemin OpenFisca, notre chemin, description, date minimale conservée ou None[, unité corrigée])
# La valeur en vigueur à la date minimale est conservée avec sa propre date d'effet. L'unité corrigée
# remplace celle de l'extrait quand elle est absente ou fausse (un nombre d'enfants noté « year »…).
PF = 'prestations_sociales/prestations_familiales/'
AF = PF + 'prestations_generales/af/'
CORRESPONDANCES = [
    (PF + 'bmaf/bmaf', 'prestations_familiales/bmaf',
     'Base mensuelle de calcul des allocations familiales (BMAF)', '2002-01-01'),

    # Enfant à charge au sens des prestations familiales (CSS, art. L512-3 et R512-2)
    (PF + 'def_pac/enfants/age_intermediaire', 'prestations_familiales/enfant_a_charge/age_fin_obligation_scolaire',
     "Âge de fin de l'obligation scolaire, jusqu'auquel tout enfant ouvre droit aux prestations familiales", '2002-01-01'),
    (PF + 'def_pac/enfants/age_limite', 'prestations_familiales/enfant_a_charge/age_limite',
     "Âge limite jusqu'auquel l'enfant dont la rémunération n'excède pas le plafond ouvre droit aux prestations familiales",
     '2002-01-01'),
    (PF + 'def_pac/revenu_plafond_pac_non_scolaire', 'prestations_familiales/enfant_a_charge/plafond_remuneration',
     "Plafond mensuel de rémunération de l'enfant après l'obligation scolaire, en part de 169 fois le SMIC horaire brut",
     '2002-01-01', '/1'),

    # Allocations familiales : montant de base (CSS, art. L521-1 et D521-1)
    (AF + 'af_cm/nb_enfants_min_pour_allocation', 'prestations_familiales/af/nombre_minimum_enfants',
     "Nombre minimum d'enfants à charge ouvrant droit aux allocations familiales", '2002-01-01', 'enfants'),
    (AF + 'af_cm/taux/enf2', 'prestations_familiales/af/taux/deuxieme_enfant',
     'Taux des allocations familiales pour deux enfants à charge, en part de BMAF', '2002-01-01'),
    (AF + 'af_cm/taux/enf3', 'prestations_familiales/af/taux/enfant_supplementaire',
     'Taux des allocations familiales par enfant à charge à partir du troisième, en part de BMAF', '2002-01-01'),
    (AF + 'af_cm/facteur_garde_alternee', 'prestations_familiales/af/residence_alternee/coefficient',
     "Coefficient appliqué aux allocations familiales dues pour un enfant en résidence alternée", '2002-01-01', '/1'),

    # Modulation selon les ressources et complément dégressif (CSS, art. L521-1, D521-1 et D521-3)
    (AF + 'af_cm/modulation/taux_tranche_1', 'prestations_familiales/af/modulation/taux_tranche_1',
     'Taux de modulation des allocations familiales quand les ressources ne dépassent pas le premier plafond',
     '2002-01-01', '/1'),
    (AF + 'af_cm/modulation/taux_tranche_2', 'prestations_familiales/af/modulation/taux_tranche_2',
     'Taux de modulation des allocations familiales quand les ressources dépassent le premier plafond sans dépasser le second',
     '2002-01-01', '/1'),
    (AF + 'af_cm/modulation/taux_tranche_3', 'prestations_familiales/af/modulation/taux_tranche_3',
     'Taux de modulation des allocations familiales quand les ressources dépassent le second plafond', '2002-01-01', '/1'),
    (AF + 'af_cond_ress/plafond_tranche_1_base', 'prestations_familiales/af/modulation/plafond_tranche_1',
     'Premier plafond annuel de ressources de la modulation, avant majoration par enfant à charge', '2002-01-01'),
    (AF + 'af_cond_ress/plafond_tranche_2_base', 'prestations_familiales/af/modulation/plafond_tranche_2',
     'Second plafond annuel de ressources de la modulation, avant majoration par enfant à charge', '2002-01-01'),
    (AF + 'af_cond_ress/majoration_plafond_par_enfant_supplementaire',
     'prestations_familiales/af/modulation/majoration_plafond_par_enfant',
     'Majoration des plafonds de ressources de la modulation par enfant à charge', '2002-01-01'),

    # Majorations pour âge (CSS, art. L521-3, R521-1 et D521-1 2°)
    (AF + 'af_maj/maj_age_deux_enfants/age1', 'prestations_familiales/af/majoration_age/age',
     "Âge à partir duquel un enfant ouvre droit à la majoration pour âge (familles d'au moins deux enfants)",
     '2002-01-01'),
    (AF + 'af_maj/maj_age_deux_enfants/taux1', 'prestations_familiales/af/majoration_age/taux',
     'Taux de la majoration pour âge, en part de BMAF', '2002-01-01'),
    (AF + 'af_maj/maj_age_deux_enfants/age2', 'prestations_familiales/af/majoration_age/seconde_majoration/age',
     'Âge à partir duquel un enfant ouvre droit à la seconde majoration pour âge (régime antérieur à mai 2008)',
     '2002-01-01'),
    (AF + 'af_maj/maj_age_deux_enfants/taux2', 'prestations_familiales/af/majoration_age/seconde_majoration/taux',
     'Taux de la seconde majoration pour âge, en part de BMAF (régime antérieur à mai 2008)', '2002-01-01'),
    (AF + 'af_maj/nb_enfants_min_pour_aine_donne_droit_a_majoration',
     'prestations_familiales/af/majoration_age/nombre_enfants_pour_majoration_aine',
     "Nombre minimum d'enfants à charge pour que l'aîné ouvre droit à la majoration pour âge", '2002-01-01', 'enfants'),

    # Allocation forfaitaire pour l'enfant atteignant l'âge limite (CSS, art. L521-1 al. 4, D521-2 et R521-4)
    (AF + 'af_cm/age3', 'prestations_familiales/af/allocation_forfaitaire/age',
     "Âge de l'enfant ouvrant droit à l'allocation forfaitaire", '2002-01-01'),
    (AF + 'af_maj/duree_majoration_plus_de_20_ans', 'prestations_familiales/af/allocation_forfaitaire/duree',
     "Durée de versement de l'allocation forfaitaire", '2002-01-01'),
    (AF + 'af_maj/majoration_enfants/allocation_forfaitaire/taux', 'prestations_familiales/af/allocation_forfaitaire/taux',
     "Taux de l'allocation forfaitaire, en part de BMAF", '2002-01-01'),
    (AF + 'af_maj/majoration_enfants/allocation_forfaitaire/nb_enfants_min',
     'prestations_familiales/af/allocation_forfaitaire/nombre_minimum_enfants',
     "Nombre minimum d'enfants à charge, dont celui qui atteint l'âge limite, ouvrant droit à l'allocation forfaitaire",
     '2002-01-01', 'enfants'),

    # Grandeurs communes
    ('marche_travail/salaire_minimum/smic/smic_b_horaire', 'marche_du_travail/smic/horaire_brut',
     'Salaire minimum interprofessionnel de croissance (SMIC) horaire brut', '2002-01-01'),
    ('prelevements_sociaux/contributions_sociales/crds', 'prelevements_sociaux/crds/taux',
     'Taux de la contribution pour le remboursement de la dette sociale (CRDS) précomptée sur les prestations familiales',
     '1996-01-01'),
]

# Famille I : complément familial, ARS, ASF, PAJE, AEEH, AAH
EPP = PF + 'education_presence_parentale/'
CF = PF + 'prestations_generales/cf/'
PAJE = PF + 'petite_enfance/paje/'
AAH = 'prestations_sociales/prestations_etat_de_sante/invalidite/aah/'
CORRESPONDANCES += [
    ('marche_travail/salaire_minimum/smic/nb_heures_travail_mensuel', 'marche_du_travail/smic/nombre_heures_mensuel',
     "Durée mensuelle du travail servant au SMIC mensuel (35 heures hebdomadaires)", '2002-01-01', 'heures'),
    ('prelevements_sociaux/pss/plafond_securite_sociale_mensuel', 'prelevements_sociaux/pss/mensuel',
     'Plafond mensuel de la sécurité sociale (PSS)', '2010-01-01'),
    (PF + 'def_biactif/revenu_professionnel_plancher_couples_biactifs/en_nombre_fois_bmaf',
     'prestations_familiales/biactivite/revenu_plancher_en_bmaf',
     "Revenu professionnel minimal de chaque membre d'un couple pour qu'il soit biactif, en nombre de BMAF (CSS, art. R522-3)",
     '2002-01-01'),
    (PF + 'def_biactif/revenu_professionnel_plancher_couples_biactifs/en_pourcentage_pss',
     'prestations_familiales/biactivite/revenu_plancher_en_pss',
     "Revenu professionnel minimal de chaque membre d'un couple pour qu'il soit biactif, en part du PSS annuel (CSS, art. R522-3)",
     '2002-01-01', '/1'),

    # Complément familial (CSS, art. L522-1 à L522-3, R522-1 à R522-3, D522-1 et D522-2)
    (CF + 'cf_cm/age_min', 'prestations_familiales/cf/age_minimum',
     "Âge à partir duquel chaque enfant compte pour le complément familial (aucun enfant plus jeune)", '2002-01-01'),
    (CF + 'cf_cm/age_max', 'prestations_familiales/cf/age_maximum',
     "Âge au-delà duquel l'enfant ne compte plus pour le complément familial", '2002-01-01'),
    (CF + 'cf_cm/nombre_d_enfants_minimal', 'prestations_familiales/cf/nombre_minimum_enfants',
     "Nombre minimum d'enfants à charge ouvrant droit au complément familial", '2002-01-01', 'enfants'),
    (CF + 'cf_cm/complement_familial/taux_cf_base', 'prestations_familiales/cf/taux',
     'Taux du complément familial, en part de BMAF', '2002-01-01'),
    (CF + 'cf_cm/complement_familial/taux_cf_majore', 'prestations_familiales/cf/taux_majore',
     'Taux du complément familial majoré, en part de BMAF', '2014-04-01'),
    (CF + 'cf_plaf/plafond_ressources_0_enfant', 'prestations_familiales/cf/plafond/base',
     'Plafond annuel de ressources du complément familial avant majorations (couple à un revenu)', '2002-01-01'),
    (CF + 'cf_plaf/majoration/deux_premiers_enf', 'prestations_familiales/cf/plafond/majoration_deux_premiers_enfants',
     'Majoration du plafond du complément familial pour chacun des deux premiers enfants à charge', '2002-01-01'),
    (CF + 'cf_plaf/majoration/troisieme_enf_et_plus', 'prestations_familiales/cf/plafond/majoration_enfant_supplementaire',
     'Majoration du plafond du complément familial par enfant à charge à partir du troisième', '2002-01-01'),
    (CF + 'cf_plaf/majoration/biactifs_isoles', 'prestations_familiales/cf/plafond/majoration_biactifs_isoles',
     "Majoration du plafond du complément familial pour un couple biactif ou une personne seule", '2002-01-01'),
    (CF + 'cf_plaf/plafond_cf_majore', 'prestations_familiales/cf/plafond/part_plafond_majore',
     'Plafond du complément familial majoré, en part du plafond du complément familial', '2014-04-01'),

    # Allocation de rentrée scolaire (CSS, art. L543-1, R543-1 à R543-6, D543-1 et D543-2)
    (EPP + 'ars/ars_cond/age_entree_primaire', 'prestations_familiales/ars/age_minimum',
     "Âge que l'enfant doit atteindre avant le 1er février de l'année qui suit la rentrée", '2002-01-01'),
    (EPP + 'ars/ars_cond/age_entree_college', 'prestations_familiales/ars/age_college',
     "Âge au 31 décembre de l'année de la rentrée à partir duquel s'applique le taux « collège »", '2002-01-01'),
    (EPP + 'ars/ars_cond/age_entree_lycee', 'prestations_familiales/ars/age_lycee',
     "Âge au 31 décembre de l'année de la rentrée à partir duquel s'applique le taux « lycée »", '2002-01-01'),
    (EPP + 'ars/ars_cond/age_sortie_lycee', 'prestations_familiales/ars/age_maximum',
     "Âge que l'enfant ne doit pas avoir atteint au 15 septembre de l'année de la rentrée", '2002-01-01'),
    (EPP + 'ars/ars_m/taux_primaire', 'prestations_familiales/ars/taux/primaire',
     "Taux de l'ARS pour un enfant de 6 à 10 ans, en part de BMAF", '2002-01-01'),
    (EPP + 'ars/ars_m/taux_college', 'prestations_familiales/ars/taux/college',
     "Taux de l'ARS pour un enfant de 11 à 14 ans, en part de BMAF", '2002-01-01'),
    (EPP + 'ars/ars_m/taux_lycee', 'prestations_familiales/ars/taux/lycee',
     "Taux de l'ARS pour un enfant de 15 à 18 ans, en part de BMAF", '2002-01-01'),
    (EPP + 'ars/ars_plaf/plafond_ressources', 'prestations_familiales/ars/plafond/base',
     "Plafond annuel de ressources de l'ARS avant majoration par enfant à charge", '2002-01-01'),
    (EPP + 'ars/ars_plaf/majoration_par_enf_supp', 'prestations_familiales/ars/plafond/majoration_par_enfant',
     "Majoration du plafond de l'ARS par enfant à charge", '2002-01-01'),
    (EPP + 'ars/montant_minimum_verse', 'prestations_familiales/ars/montant_minimum',
     "Montant en dessous duquel l'ARS (différentielle) n'est pas versée", '2002-01-01'),

    # Allocation de soutien familial (CSS, art. L523-1 à L523-3, R523-1 à R523-7, D523-1 et D523-2)
    (EPP + 'asf/montant_asf/orphelin_assimile_seul_parent', 'prestations_familiales/asf/taux/privation_d_un_parent',
     "Taux de l'ASF pour un enfant privé de l'aide de l'un de ses parents, en part de BMAF", '2002-01-01'),
    (EPP + 'asf/montant_asf/orphelin_assimile_deux_parents', 'prestations_familiales/asf/taux/privation_des_deux_parents',
     "Taux de l'ASF pour un enfant privé de l'aide de ses deux parents, en part de BMAF", '2002-01-01'),
    (EPP + 'asf/seuil', 'prestations_familiales/asf/montant_minimum',
     "Montant mensuel en dessous duquel l'ASF n'est pas versée", '2002-01-01'),

    # PAJE (CSS, art. L531-1 à L531-10, D531-1 à D531-4)
    (PAJE + 'paje_cm2/montant/prime_naissance', 'prestations_familiales/paje/prime_naissance/taux',
     'Taux de la prime à la naissance, en part de BMAF', '2004-01-01'),
    (PAJE + 'paje_cm2/montant/prime_adoption', 'prestations_familiales/paje/prime_adoption/taux',
     "Taux de la prime à l'adoption, en part de BMAF", '2004-01-01'),
    (PAJE + 'paje_cm/montant/allocation_base_taux_plein/avant_2014/taux',
     'prestations_familiales/paje/allocation_base/taux_plein_avant_2014',
     "Taux plein de l'allocation de base, enfant né ou adopté avant le 1er avril 2014, en part de BMAF", '2004-01-01'),
    (PAJE + 'paje_cm/montant/allocation_base_taux_plein/apres_2014/taux',
     'prestations_familiales/paje/allocation_base/taux_plein_2014',
     "Taux plein de l'allocation de base, enfant né ou adopté d'avril 2014 à mars 2018, en part de BMAF", '2014-04-01'),
    (PAJE + 'paje_cm/montant/allocation_base_taux_plein/apres_2018/taux',
     'prestations_familiales/paje/allocation_base/taux_plein_2018',
     "Taux plein de l'allocation de base, enfant né ou adopté depuis avril 2018, en part de BMAF", '2018-04-01'),
    (PAJE + 'paje_cm/age_limite_enfant_adopte_non', 'prestations_familiales/paje/allocation_base/age_limite',
     "Âge de l'enfant (non adopté) jusqu'auquel l'allocation de base est due", '2004-01-01'),
    (PAJE + 'paje_cm/duree_versement_enfants_adoptes_en_annee', 'prestations_familiales/paje/allocation_base/duree_adoption',
     "Durée de versement de l'allocation de base pour un enfant adopté, en années", '2004-01-01'),
    (PAJE + 'paje_plaf/ne_adopte_avant_04_2014/plafond_ressources_0_enfant', 'prestations_familiales/paje/plafond/avant_2014/base',
     "Plafond annuel de ressources de la PAJE (enfant né avant avril 2014), un enfant, couple à un revenu", '2004-01-01'),
    (PAJE + 'paje_plaf/ne_adopte_avant_04_2014/biactifs_parents_isoles', 'prestations_familiales/paje/plafond/avant_2014/majoration_biactifs_isoles',
     "Majoration du plafond de la PAJE (enfant né avant avril 2014) pour un couple biactif ou une personne seule", '2004-01-01'),
    (PAJE + 'paje_plaf/ne_adopte_avant_04_2014/majorations_enfants/premier_2eme_enfant',
     'prestations_familiales/paje/plafond/avant_2014/majoration_deuxieme_enfant',
     "Majoration du plafond de la PAJE (enfant né avant avril 2014) pour chacun des deux premiers enfants", '2004-01-01'),
    (PAJE + 'paje_plaf/ne_adopte_avant_04_2014/majorations_enfants/troisieme_plus_enfant',
     'prestations_familiales/paje/plafond/avant_2014/majoration_enfant_supplementaire',
     "Majoration du plafond de la PAJE (enfant né avant avril 2014) par enfant à partir du troisième", '2004-01-01'),
    (PAJE + 'paje_plaf/ne_adopte_04_2014_et_03_2018/taux_plein/plafond_ressources_0_enfant',
     'prestations_familiales/paje/plafond/2014/taux_plein/base',
     "Plafond annuel de ressources du taux plein de l'allocation de base (enfant né d'avril 2014 à mars 2018), un enfant, "
     "couple à un revenu", '2014-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_04_2014_et_03_2018/taux_plein/biactifs_parents_isoles',
     'prestations_familiales/paje/plafond/2014/taux_plein/majoration_biactifs_isoles',
     "Majoration du plafond du taux plein (enfant né d'avril 2014 à mars 2018) pour un couple biactif ou une personne seule",
     '2014-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_04_2014_et_03_2018/taux_partiel/plafond_ressources_0_enfant',
     'prestations_familiales/paje/plafond/2014/taux_partiel/base',
     "Plafond annuel de ressources du taux partiel de l'allocation de base (enfant né d'avril 2014 à mars 2018), un enfant, "
     "couple à un revenu", '2014-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_04_2014_et_03_2018/taux_partiel/biactifs_parents_isoles',
     'prestations_familiales/paje/plafond/2014/taux_partiel/majoration_biactifs_isoles',
     "Majoration du plafond du taux partiel (enfant né d'avril 2014 à mars 2018) pour un couple biactif ou une personne seule",
     '2014-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_04_2014_et_03_2018/majorations_enfants/majoration_enfant_supp',
     'prestations_familiales/paje/plafond/2014/majoration_par_enfant',
     "Majoration des plafonds (enfant né d'avril 2014 à mars 2018) par enfant à charge au-delà du premier", '2014-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/taux_plein/plafond_ressources_0_enfant',
     'prestations_familiales/paje/plafond/2018/taux_plein/base',
     "Plafond annuel de ressources du taux plein de l'allocation de base (enfant né depuis avril 2018), un enfant, couple à un revenu",
     '2018-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/taux_plein/biactifs_parents_isoles',
     'prestations_familiales/paje/plafond/2018/taux_plein/majoration_biactifs_isoles',
     "Majoration du plafond du taux plein (enfant né depuis avril 2018) pour un couple biactif ou une personne seule", '2018-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/taux_partiel/plafond_ressources_0_enfant',
     'prestations_familiales/paje/plafond/2018/taux_partiel/base',
     "Plafond annuel de ressources du taux partiel de l'allocation de base (enfant né depuis avril 2018), un enfant, couple à un revenu",
     '2018-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/taux_partiel/biactifs_parents_isoles',
     'prestations_familiales/paje/plafond/2018/taux_partiel/majoration_biactifs_isoles',
     "Majoration du plafond du taux partiel (enfant né depuis avril 2018) pour un couple biactif ou une personne seule", '2018-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/majorations_enfants/premier_2eme_enfant',
     'prestations_familiales/paje/plafond/2018/majoration_deuxieme_enfant',
     "Majoration des plafonds (enfant né depuis avril 2018) pour chacun des deux premiers enfants à charge", '2018-04-01'),
    (PAJE + 'paje_plaf/ne_adopte_apres_04_2018/majorations_enfants/troisieme_plus_enfant',
     'prestations_familiales/paje/plafond/2018/majoration_enfant_supplementaire',
     "Majoration des plafonds (enfant né depuis avril 2018) par enfant à charge à partir du troisième", '2018-04-01'),

    # AEEH (CSS, art. L541-1 à L541-4, R541-1 à R541-10, D541-1 à D541-4)
    (EPP + 'aeeh/age_maximum_enfant', 'prestations_familiales/aeeh/age_maximum',
     "Âge jusqu'auquel l'enfant handicapé ouvre droit à l'AEEH", '2006-01-01'),
    (EPP + 'aeeh/base', 'prestations_familiales/aeeh/taux_base', "Taux de l'AEEH de base, en part de BMAF", '2006-01-01'),
] + [
    (EPP + 'aeeh/complement_allocation/categorie_%d' % c, 'prestations_familiales/aeeh/complement/categorie_%d' % c,
     "Complément d'AEEH de %de catégorie%s" % (c, ' (montant mensuel)' if c == 6 else ', en part de BMAF'), '2006-01-01')
    for c in range(1, 7)
] + [
    (EPP + 'aeeh/majoration_parent_isole/categorie_%d' % c, 'prestations_familiales/aeeh/majoration_parent_isole/categorie_%d' % c,
     "Majoration pour parent isolé de l'AEEH avec complément de %de catégorie, en part de BMAF" % c, '2006-01-01')
    for c in range(2, 7)
] + [
    # AAH (CSS, art. L821-1 à L821-8, R821-1 à R821-9, D821-1 à D821-11)
    (AAH + 'montant', 'prestations_sociales/aah/montant', "Montant mensuel maximal de l'allocation aux adultes handicapés (AAH)",
     '2005-01-01'),
    (AAH + 'age_minimal', 'prestations_sociales/aah/age_minimum', "Âge minimal d'ouverture du droit à l'AAH", '2005-01-01'),
    (AAH + 'age_fin_educ', 'prestations_sociales/aah/age_minimum_hors_prestations_familiales',
     "Âge à partir duquel l'AAH est ouverte à qui n'ouvre plus droit aux prestations familiales", '2005-01-01'),
    (AAH + 'age_legal_retraite', 'prestations_sociales/aah/age_legal_retraite',
     "Âge légal de départ à la retraite (fin de l'AAH pour une incapacité de 50 à 79 %)", '2005-01-01'),
    (AAH + 'abattement_cessation_activite', 'prestations_sociales/aah/abattement_cessation_activite',
     "Abattement sur les revenus d'activité de l'année de référence de la personne qui a cessé son activité (art. R532-5)", '2004-01-01'),
    (AAH + 'taux_capacite/taux_incapacite', 'prestations_sociales/aah/taux_incapacite',
     "Taux d'incapacité permanente ouvrant droit à l'AAH (art. L821-1)", '2005-01-01'),
    (AAH + 'taux_capacite/taux_incapacite_rsdae', 'prestations_sociales/aah/taux_incapacite_rsdae',
     "Taux d'incapacité ouvrant droit à l'AAH avec restriction substantielle et durable d'accès à l'emploi (art. L821-2)",
     '2005-01-01'),
    (AAH + 'majoration_plafond/majoration_plafond_couple', 'prestations_sociales/aah/plafond/majoration_couple',
     "Majoration du plafond de ressources de l'AAH pour un couple, en part du plafond d'une personne seule", '2005-01-01'),
    (AAH + 'majoration_plafond/majoration_par_enfant_supplementaire', 'prestations_sociales/aah/plafond/majoration_par_enfant',
     "Majoration du plafond de ressources de l'AAH par enfant à charge, en part du plafond d'une personne seule", '2005-01-01'),
    (AAH + 'travail_ordinaire/plafond_ressources', 'prestations_sociales/aah/plafond/en_montants_mensuels',
     "Plafond annuel de ressources de l'AAH d'une personne seule, en nombre de montants mensuels d'AAH", '2005-01-01'),
    (AAH + 'abattement_conjoint/abattement_proportionnel', 'prestations_sociales/aah/abattement_conjoint/proportionnel',
     "Abattement proportionnel sur les revenus d'activité du conjoint (régime conjugalisé antérieur à 2022)", '2005-01-01'),
    (AAH + 'abattement_conjoint/abattement_forfaitaire/base', 'prestations_sociales/aah/abattement_conjoint/forfaitaire',
     "Abattement forfaitaire annuel sur les revenus d'activité du conjoint", '2022-01-01'),
    (AAH + 'abattement_conjoint/abattement_forfaitaire/majoration_pac', 'prestations_sociales/aah/abattement_conjoint/majoration_par_enfant',
     "Majoration de l'abattement forfaitaire sur les revenus du conjoint par enfant à charge", '2022-01-01'),
    (AAH + 'travail_ordinaire/tranche_smic', 'prestations_sociales/aah/abattement_activite/tranche_en_smic_horaire',
     "Limite de la première tranche des revenus d'activité du bénéficiaire, en part du SMIC brut mensuel (151,67 h)", '2011-01-01'),
    (AAH + 'travail_ordinaire/abattement_30', 'prestations_sociales/aah/abattement_activite/taux_premiere_tranche',
     "Abattement sur les revenus d'activité du bénéficiaire, première tranche", '2011-01-01'),
    (AAH + 'travail_ordinaire/abattement_sup', 'prestations_sociales/aah/abattement_activite/taux_au_dela',
     "Abattement sur les revenus d'activité du bénéficiaire, au-delà de la première tranche", '2011-01-01'),
]

def references(texte):
    refs = []
    for morceau in texte.split(' | '):
        morceau = morceau.strip()
        if not morceau:
            continue
        if ' — ' in morceau:
            titre, lien = morceau.rsplit(' — ', 1)
            refs.append((titre.strip(), lien.strip()))
        else:
            refs.append((morceau, None))
    return refs

def yaml_texte(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def ecrire(chemin_of, chemin, description, depuis, lignes, unite=None):
    valeurs = sorted((l for l in lignes if l['parametre'] == chemin_of), key=lambda l: l['date_effet'])
    if depuis:
        en_vigueur = [l for l in valeurs if l['date_effet'] <= depuis]
        valeurs = en_vigueur[-1:] + [l for l in valeurs if l['date_effet'] > depuis]
        if valeurs and valeurs[0]['valeur'] == '':
            valeurs = valeurs[1:]  # le paramètre n'existait pas encore à la date minimale
    if not valeurs:
        sys.exit('aucune valeur pour ' + chemin_of)
    unite = unite or valeurs[-1]['unite'] or '/1'
    out = ['description: ' + yaml_texte(description), 'values:']
    for l in valeurs:
        out.append('  %s:' % l['date_effet'])
        out.append('    value: %s' % (l['valeur'] if l['valeur'] != '' else 'null'))
    out += ['metadata:', '  unit: ' + yaml_texte(unite), '  reference:']
    for l in valeurs:
        refs = references(l['reference'])
        if not refs:
            sys.exit('référence absente pour %s au %s' % (chemin_of, l['date_effet']))
        out.append('    %s:' % l['date_effet'])
        for titre, lien in refs:
            out.append('    - title: ' + yaml_texte(titre))
            if lien:
                out.append('      href: ' + yaml_texte(lien))
    out.append('  openfisca: ' + yaml_texte(chemin_of))
    fichier = os.path.join(SORTIE, chemin + '.yaml')
    os.makedirs(os.path.dirname(fichier), exist_ok=True)
    with open(fichier, 'w') as f:
        f.write('\n'.join(out) + '\n')

def main():
    with open(CSV, newline='') as f:
        lignes = list(csv.DictReader(f))
    for chemin_of, chemin, description, depuis, *unite in CORRESPONDANCES:
        ecrire(chemin_of, chemin, description, depuis, lignes, *unite)

if __name__ == '__main__':
    main()
