// The yardstick for the start-up benchmark: Phaser 4 imported whole, one scene, one frame.
// It records when its first frame has been rendered.
import * as Phaser from 'phaser';

declare global {
  interface Window {
    firstFrameAt?: number;
  }
}

class Bare extends Phaser.Scene {
  constructor() {
    super('Bare');
  }
  create(): void {
    this.add.rectangle(100, 100, 80, 80, 0xf2b134);
    this.game.events.once('postrender', () => {
      window.firstFrameAt = performance.now();
    });
  }
}

const parent = document.getElementById('game') ?? document.body;
new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  width: 800,
  height: 450,
  banner: false,
  scene: [Bare],
});
