/** The starter config `perflint --init` writes. */
export function initConfigText(preset: string): string {
  return `# perflint 配置（由 perflint --init 生成）。全部配置项及说明见 perflint 包中的
# .perflintrc.example.yaml（安装后在 node_modules/perflint/ 下）。
extends: perflint:${preset}

# 调整单条规则：off / warn / error，或 [级别, 选项]
rules: {}
#  weights-sum: [error, { total: 100 }]

# 按地区或年度另行配置
overrides: []
#  - region: { province: 河北省 }
#    extends: perflint:hebei
`;
}
