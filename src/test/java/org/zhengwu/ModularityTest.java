package org.zhengwu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map of DESIGN.md holds: no cycles, and no module reaches into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ZhengwuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
