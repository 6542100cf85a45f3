package org.zhengwu.operations.internal.backup;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.cli.Command;

/**
 * {@code restore} in the usage text. The restore itself runs before the application starts
 * ({@link org.zhengwu.operations.RestoreLauncher}, from {@code ZhengwuApplication.main}), so a context never runs it.
 */
@Component
class RestoreUsage implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore DIR            把备份 DIR 恢复到新的空数据目录（--zhengwu.data-dir=…），不覆盖已有安装";
    }

    @Override
    public int run(List<String> args) {
        System.out.println("restore 须在应用启动前运行：java -jar zhengwu.jar restore DIR --zhengwu.data-dir=新的空目录");
        return 2;
    }
}
