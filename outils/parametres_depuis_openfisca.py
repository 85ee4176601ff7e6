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

# (chemin OpenFisca, notre chemin, description, date minimale conservée ou None)
CORRESPONDANCES = [
    ('prestations_sociales/prestations_familiales/bmaf/bmaf', 'prestations_familiales/bmaf',
     'Base mensuelle de calcul des allocations familiales (BMAF)', '2002-01-01'),
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

def ecrire(chemin_of, chemin, description, depuis, lignes):
    valeurs = [l for l in lignes if l['parametre'] == chemin_of]
    if depuis:
        valeurs = [l for l in valeurs if l['date_effet'] >= depuis]
    if not valeurs:
        sys.exit('aucune valeur pour ' + chemin_of)
    unite = valeurs[-1]['unite'] or '/1'
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
    for chemin_of, chemin, description, depuis in CORRESPONDANCES:
        ecrire(chemin_of, chemin, description, depuis, lignes)

if __name__ == '__main__':
    main()
