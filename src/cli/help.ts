import type { Locale } from '../i18n.js';

const ZH = `用法：perflint [选项] [文件|目录|通配符…]
      perflint import <表格文件…> [-o out.json | --out-dir 目录]

检查预算项目绩效目标表（perflint/v1 JSON，或 xlsx/csv/tsv 表格）。

选项：
  -c, --config 文件            只使用此配置文件，不再查找 .perflintrc.*
  -f, --format 名称            输出格式：stylish（默认）、summary（按部门汇总）、html（离线报告，配合 -o）、
                               json、sarif、github、xlsx
  -o, --output-file 文件       把报告写入文件（原子写入）
      --annotate 目录          为每个表格输入生成带批注的工作簿副本
      --max-warnings 数量      警告数超过此数时退出码为 1
      --quiet                  只报告错误
      --rule 'id: error'       临时调整规则（可重复），如 --rule 'weights-sum: [error, {total: 90}]'
      --print-config 文件      打印该文件实际生效的配置
      --locale zh-CN|en        消息语言（默认 zh-CN）
      --init [预设]            生成 .perflintrc.yaml（recommended、central-2022、zhejiang、hebei）
      --list-rules             列出全部规则
      --concurrency off|auto|N 并行检查的工作线程数（默认 auto：文件多时才启用）
      --fix                    自动修复可安全修复的问题并写回 JSON 文件（表格文件不会被修改）
      --fix-dry-run            同 --fix，但不写文件；修复后的文本在 json 报告的 output 中
      --fix-type 类型          只修复这类规则的问题：problem、suggestion（可重复）
      --suppress-all           把当前全部错误记入基线文件，之后不再报告
      --suppress-rule id       只把这条规则的错误记入基线文件（可重复）
      --suppressions-location 文件   基线文件（默认 perflint-suppressions.json）
      --prune-suppressions     从基线中删除已不再出现的记录
      --pass-on-unpruned-suppressions   基线中有已不再出现的记录时不以退出码 2 结束
      --stats                  在标准错误输出每条规则、每个阶段的用时（单线程运行）
      --cache                  未改动的文件复用上次的检查结果（缓存文件默认为 .perflintcache）
      --cache-location 路径    缓存文件或其所在目录（隐含 --cache）
      --no-error-on-unmatched-pattern   通配符没有匹配到文件时不报错
      --year/--province/--city/--county/--department   表格中没有写明时使用的年度与地区
  -v, --version                版本
  -h, --help                   帮助

退出码：0 无错误（警告未超过 --max-warnings）；1 有错误或警告过多；2 用法、配置或内部错误，或基线中有已不再出现的记录。
`;

const EN = `Usage: perflint [options] [files|directories|globs…]
       perflint import <spreadsheets…> [-o out.json | --out-dir DIR]

Lints budget performance-target tables (perflint/v1 JSON, or xlsx/csv/tsv spreadsheets).

Options:
  -c, --config FILE            use this config file only; no search for .perflintrc.*
  -f, --format NAME            stylish (default), summary (a table by department),
                               html (an offline report, with -o), json, sarif, github, xlsx
  -o, --output-file FILE       write the report to a file (atomically)
      --annotate DIR           write an annotated copy of each spreadsheet input
      --max-warnings N         exit 1 when there are more than N warnings
      --quiet                  report errors only
      --rule 'id: error'       adjust a rule for this run (repeatable)
      --print-config FILE      print the configuration that applies to FILE
      --locale zh-CN|en        message language (default zh-CN)
      --init [PRESET]          write .perflintrc.yaml (recommended, central-2022, zhejiang, hebei)
      --list-rules             list all rules
      --concurrency off|auto|N worker threads (default auto: only for large runs)
      --fix                    fix what is safe to fix and write the JSON files back (spreadsheets are never modified)
      --fix-dry-run            as --fix, without writing; the fixed text is the json report's output
      --fix-type TYPE          fix only problems of rules of this type: problem, suggestion (repeatable)
      --suppress-all           record every current error in the baseline file; they are no longer reported
      --suppress-rule ID       record only this rule's errors in the baseline file (repeatable)
      --suppressions-location FILE   the baseline file (default perflint-suppressions.json)
      --prune-suppressions     remove recorded findings that no longer occur
      --pass-on-unpruned-suppressions   recorded findings that no longer occur do not make the exit code 2
      --stats                  print each rule's and phase's time to stderr (runs in one thread)
      --cache                  reuse the results of unchanged files (cache file .perflintcache)
      --cache-location PATH    the cache file, or a folder for it (implies --cache)
      --no-error-on-unmatched-pattern   a pattern that matches nothing is not an error
      --year/--province/--city/--county/--department   what the spreadsheets do not say
  -v, --version                print the version
  -h, --help                   this help

Exit codes: 0 no errors (warnings within --max-warnings); 1 errors or too many warnings; 2 usage, config or internal error, or unused suppressions.
`;

export function helpText(locale: Locale): string {
  return locale === 'en' ? EN : ZH;
}
