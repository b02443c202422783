const path = require('path');
const { task, src, dest } = require('gulp');

// tsc does not copy assets; the icons must sit next to the compiled node and credential files.
function copyIcons() {
	src('nodes/**/*.{png,svg}', { encoding: false }).pipe(dest(path.resolve('dist', 'nodes')));
	return src('credentials/**/*.{png,svg}', { encoding: false, allowEmpty: true }).pipe(
		dest(path.resolve('dist', 'credentials')),
	);
}

task('build:icons', copyIcons);
