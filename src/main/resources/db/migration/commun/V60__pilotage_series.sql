-- Pilotage : séries d'indicateurs alimentées par les événements des branches.
create schema if not exists pilotage;

create table pilotage.serie (
    indicateur varchar(40)   not null,
    periode    varchar(7)    not null,
    dimension  varchar(40)   not null,
    valeur     numeric(18,2) not null,
    primary key (indicateur, periode, dimension)
);
