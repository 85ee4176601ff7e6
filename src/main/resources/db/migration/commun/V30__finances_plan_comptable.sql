-- Finances : le plan de comptes de la caisse, inspiré du plan comptable unique des organismes de
-- sécurité sociale (PCUOSS, arrêté du 30 janvier 2008 modifié). Les numéros suivent la logique du
-- PCUOSS (classe 4 : tiers distingués par catégorie, 5 : comptes financiers, 65 : charges techniques,
-- 75 : produits techniques) ; la nomenclature officielle détaillée reste à confirmer avec l'agence
-- comptable. Les constantes Java correspondantes sont dans fr.caissecommune.finances.PlanComptable.
create schema if not exists finances;

create table finances.compte (
    numero  varchar(10)  primary key,
    libelle varchar(200) not null
);

insert into finances.compte (numero, libelle) values
-- Classe 4 : comptes de tiers
    ('4041',  'Allocataires - prestations à payer'),
    ('4042',  'Assurés - prestations à payer'),
    ('4043',  'Professionnels et établissements de santé - prestations à payer'),
    ('4091',  'Allocataires débiteurs - indus de prestations'),
    ('4092',  'Assurés débiteurs - indus de prestations'),
    ('4111',  'Cotisants - cotisations et contributions dues'),
    ('4117',  'Cotisants - majorations et pénalités dues'),
    ('4571',  'CADES - CRDS à reverser'),
-- Classe 5 : comptes financiers
    ('5121',  'Banque - compte des paiements'),
    ('5122',  'Banque - compte des encaissements'),
-- Classe 6 : charges techniques (prestations) et pertes sur créances
    ('65611', 'Prestations familiales - allocations familiales (AF)'),
    ('65612', 'Prestations familiales - complément familial (CF)'),
    ('65613', 'Prestations familiales - allocation de rentrée scolaire (ARS)'),
    ('65614', 'Prestations familiales - allocation de soutien familial (ASF)'),
    ('65615', 'Prestations familiales - prestation d''accueil du jeune enfant (PAJE)'),
    ('65616', 'Prestations familiales - allocation d''éducation de l''enfant handicapé (AEEH)'),
    ('65617', 'Prestations familiales - allocation journalière de présence parentale (AJPP)'),
    ('65621', 'Minima sociaux - allocation aux adultes handicapés (AAH)'),
    ('65622', 'Minima sociaux - revenu de solidarité active (RSA)'),
    ('65623', 'Minima sociaux - prime d''activité'),
    ('65631', 'Aides au logement - allocation de logement familiale (ALF)'),
    ('65632', 'Aides au logement - allocation de logement sociale (ALS)'),
    ('65633', 'Aides au logement - aide personnalisée au logement (APL)'),
    ('65641', 'Assurance maladie - prestations en nature, soins de ville'),
    ('65642', 'Assurance maladie - prestations en nature, établissements de santé'),
    ('65643', 'Assurance maladie - indemnités journalières maladie'),
    ('65644', 'Assurance maladie - indemnités journalières maternité, paternité et adoption'),
    ('65645', 'Risques professionnels - indemnités journalières AT/MP'),
    ('65646', 'Assurance invalidité - pensions d''invalidité'),
    ('65647', 'Assurance décès - capital décès'),
    ('6541',  'Créances admises en non-valeur - indus de prestations'),
    ('6542',  'Créances admises en non-valeur - cotisations, majorations et pénalités'),
    ('6581',  'Remises de dettes accordées - indus de prestations'),
    ('6582',  'Remises de dettes accordées - cotisations, majorations et pénalités'),
-- Classe 7 : produits techniques
    ('7511',  'Cotisations sociales - part patronale'),
    ('7512',  'Cotisations sociales - part salariale'),
    ('7513',  'Cotisations sociales - travailleurs indépendants'),
    ('7531',  'Contribution sociale généralisée sur les revenus d''activité (CSG)'),
    ('7561',  'Majorations et pénalités de retard'),
    ('7581',  'Indus de prestations constatés sur exercices clos');
