/** esbuild bundles the presets' YAML as text (src/web/build.mjs: loader yaml → text). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
