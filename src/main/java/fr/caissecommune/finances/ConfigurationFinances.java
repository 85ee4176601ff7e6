package fr.caissecommune.finances;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Active la configuration du module : les coordonnées bancaires de la caisse. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoordonneesBancaires.class)
class ConfigurationFinances {
}
