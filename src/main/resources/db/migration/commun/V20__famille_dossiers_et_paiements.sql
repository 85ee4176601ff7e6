-- Famille : dossiers d'allocataires, droits mensuels calculés, échéances versées, régularisations (rappels, indus).
create schema if not exists famille;

create table famille.dossier (
    foyer_id           uuid        primary key,
    numero_allocataire varchar(10) not null unique,
    ouvert_le          date        not null,
    statut             varchar(10) not null,
    ouvert_par         varchar(60) not null
);

-- Le montant dû pour un mois et une prestation, tel que le dernier calcul l'a établi.
create table famille.droit_mensuel (
    foyer_id           uuid          not null,
    mois               date          not null,
    prestation         varchar(10)   not null,
    montant_brut       numeric(12,2) not null,
    crds               numeric(12,2) not null,
    montant_net        numeric(12,2) not null,
    version_parametres varchar(64)   not null,
    calcule_le         timestamp     not null,
    primary key (foyer_id, mois, prestation)
);

-- L'échéance mensuelle versée (ou suspendue faute de coordonnées bancaires : elle est alors versée à la première paie
-- qui trouve un compte, comme reliquat) : une seule par foyer et par mois, ce qui rend la paie rejouable.
create table famille.echeance (
    foyer_id           uuid          not null,
    mois               date          not null,
    montant_du         numeric(12,2) not null,
    rappels            numeric(12,2) not null,
    reliquats          numeric(12,2) not null,
    retenue            numeric(12,2) not null,
    montant_verse      numeric(12,2) not null,
    statut             varchar(20)   not null,
    reference_paiement varchar(35),
    date_paiement      date          not null,
    cree_le            timestamp     not null,
    primary key (foyer_id, mois)
);
create index echeance_mois on famille.echeance (mois);

-- Une régularisation : l'écart entre ce qui était dû et ce qui l'est après un réexamen, pour un fait donné.
create table famille.regularisation (
    id                 uuid          primary key,
    foyer_id           uuid          not null,
    fait_id            uuid,
    nature             varchar(10)   not null,
    montant            numeric(12,2) not null,
    cause              varchar(400)  not null,
    resulte_d_un_controle boolean    not null,
    explication        text          not null,
    version_parametres varchar(64)   not null,
    statut             varchar(20)   not null,
    constatee_le       timestamp     not null,
    versee_le          date,
    reference          varchar(35)
);
create index regularisation_foyer on famille.regularisation (foyer_id);

create table famille.regularisation_mois (
    regularisation_id uuid          not null references famille.regularisation (id),
    mois              date          not null,
    prestation        varchar(10)   not null,
    ancien_montant    numeric(12,2) not null,
    nouveau_montant   numeric(12,2) not null,
    primary key (regularisation_id, mois, prestation)
);

-- Les paies mensuelles terminées : seuls ces mois sont réexaminés (une paie en cours calcule la situation du moment).
create table famille.paie_mensuelle (
    mois       date      primary key,
    terminee_le timestamp not null
);
