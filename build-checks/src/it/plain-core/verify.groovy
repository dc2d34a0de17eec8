// SEC-D: the runtime graph this consumer resolved holds nothing the dependency policy forbids
es.clave.sp.buildchecks.ConsumerGraphCheck.verify(basedir, 'plain app (clave-sp-bom + clave-sp-core)', 'clave-sp-core')
