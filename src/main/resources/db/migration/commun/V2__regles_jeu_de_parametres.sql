-- Règles : les versions successives du jeu de paramètres législatifs, pour rejouer une décision.
create schema if not exists regles;

create table regles.jeu_de_parametres (
    version   varchar(64) primary key,
    charge_le timestamp   not null,
    contenu   text        not null
);
