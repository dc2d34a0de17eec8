// SEC-D: the runtime graph this consumer resolved holds nothing the dependency policy forbids
es.clave.sp.buildchecks.ConsumerGraphCheck.verify(basedir, 'Jakarta EE app (clave-sp-bom + clave-sp-jakarta-security)', 'clave-sp-jakarta-security')
