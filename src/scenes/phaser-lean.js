// The parts of Phaser 4 the office floor uses, as a namespace shaped like the package's own.
// vite.config.ts points the bare `phaser` import here (types still come from the package), so
// the build carries the game loop, scenes, textures, cameras, images and the two renderers
// (WebGL, and Canvas for browsers without it), but not physics, tilemaps, text, tweens, input
// plugins, the loader's file types, sound or filters. Systems a scene asks for by name and finds
// missing are skipped by Phaser's plugin manager, so leaving them out is safe.
//
// Adding a Phaser feature to a scene? Add its module here too (the office browser tests fail
// otherwise), and check the `phaser` chunk's size with `npm run build`.
//
// Not the renderer's index: it would bring every shader and render node of Phaser's
// `Renderer.WebGL` namespace. The game reads one class of it (the WebGL renderer, to give its
// context back); scripts/phaser-unused.ts cuts what Phaser's own files require beyond use.
import CONST from 'phaser/src/const.js';
import Game from 'phaser/src/core/Game.js';
import Core from 'phaser/src/core/index.js';
import WebGLRenderer from 'phaser/src/renderer/webgl/WebGLRenderer.js';
import Scale from 'phaser/src/scale/index.js';
import Scenes from 'phaser/src/scene/index.js';
import Scene from 'phaser/src/scene/Scene.js';
// Scene systems, each registering itself with Phaser's plugin cache when imported.
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
// `this.add.image(...)`.
import 'phaser/src/gameobjects/image/ImageFactory.js';

export const { AUTO, CANVAS, WEBGL, HEADLESS } = CONST;
export const Renderer = { WebGL: { WebGLRenderer } };
export { Core, Game, Scale, Scene, Scenes };
