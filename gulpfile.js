// `npm run build` = `gulp build`: n8n's own CLI compiles and copies the icons, then this file keeps
// dist/ to what n8n loads. `n8n-node build` copies every PNG/SVG in the project except dist/ and
// node_modules/, so the test harness's fixture icon would land in dist/test and ship.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { series, task } = require('gulp');

const DIST = path.resolve(__dirname, 'dist');
// The folders the package.json `n8n` section points into; anything else in dist/ is not loaded.
const LOADED_BY_N8N = new Set(['nodes', 'credentials']);

function n8nNodeBuild(done) {
	const cli = path.join(__dirname, 'node_modules', '.bin', 'n8n-node');
	const options = { cwd: __dirname, stdio: 'inherit', shell: process.platform === 'win32' };
	spawn(cli, ['build'], options).on('exit', (code) =>
		done(code === 0 ? undefined : new Error(`n8n-node build exited with code ${code}`)),
	);
}

function keepOnlyWhatN8nLoads(done) {
	for (const entry of fs.readdirSync(DIST)) {
		if (LOADED_BY_N8N.has(entry)) continue;
		fs.rmSync(path.join(DIST, entry), { recursive: true, force: true });
		console.log(`dist/${entry} removed: n8n does not load it`);
	}
	done();
}

task('build', series(n8nNodeBuild, keepOnlyWhatN8nLoads));
