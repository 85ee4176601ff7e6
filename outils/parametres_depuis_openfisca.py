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
