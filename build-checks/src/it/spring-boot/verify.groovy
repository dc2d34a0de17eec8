// SEC-D: the runtime graph this consumer resolved holds nothing the dependency policy forbids
es.clave.sp.buildchecks.ConsumerGraphCheck.verify(basedir, 'Spring Boot app (Boot BOM + clave-sp-bom + clave-sp-spring + starter-web + starter-security)', 'clave-sp-spring')
