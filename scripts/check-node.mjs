// Runs before every build and test. Astro 7 needs Node >= 22.12; the project pins Node 24 as a
// devDependency so that `npm run` uses it even where the machine's own Node is older.
// Kept to syntax old Node versions parse, so the message is what an editor sees.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    [
      `このプロジェクトには Node.js 22.12 以上が必要です（いま動いているのは ${process.version}）。`,
      'Node.js >= 22.12 is required (running ' + process.version + ').',
      '',
      '対処: `npm ci` を（--ignore-scripts を付けずに）実行してください。開発用依存の node（24）が入り、',
      'npm run の各スクリプトはそれで動きます。または Node.js 24 LTS をインストールしてください（.nvmrc 参照）。',
    ].join('\n'),
  );
  process.exit(1);
}
