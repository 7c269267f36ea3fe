import { Vector3, type Camera } from 'three';
import type { Timeline } from '@bbs/protocol';
import type { AvatarController } from './controller.js';

/** The points that make a hand: the wrist and the tips of thumb, index, middle and little finger. */
const HAND_POINTS = ['Hand', 'HandThumb4', 'HandIndex4', 'HandMiddle4', 'HandPinky4'];

export interface ProbeHit {
  gloss: string | null;
  t: number;
  bone: string;
  /** Normalised device coordinates: inside the canvas while both lie within ±1. */
  x: number;
  y: number;
}

export interface FramingReport {
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  samples: number;
  /** The hand point nearest the frame's edge (largest |NDC|) over all samples. */
  worst: ProbeHit | null;
  /** Hand points outside ±`limit`, the first 20. */
  outside: ProbeHit[];
  /** Smallest height of the face (head top to chin) as a share of the canvas height. */
  faceMin: number;
  /** Glosses of the items that were sampled, in order (to show every item was posed). */
  glosses: string[];
}

const v = new Vector3();

/** Face height as a share of the canvas height, from the rig's head-top and chin points. */
export function faceShare(controller: AvatarController, camera: Camera): number {
  const top = controller.rig.landmarks.headTop.getWorldPosition(v).project(camera).y;
  const chin = controller.rig.landmarks.chin.getWorldPosition(v).project(camera).y;
  return Math.abs(top - chin) / 2;
}

/**
 * Poses the avatar at `samples` moments of every item of `timeline` (transition, hold and movement) plus the
 * rest before and after, projects the hand points with the canvas's own camera, and reports what left the
 * frame. The rig is left as the playback clock has it afterwards.
 */
export function probeFraming(
  controller: AvatarController,
  camera: Camera,
  canvas: { width: number; height: number },
  timeline: Timeline,
  samples = 8,
  limit = 1,
): FramingReport {
  const report: FramingReport = {
    width: canvas.width,
    height: canvas.height,
    samples: 0,
    worst: null,
    outside: [],
    faceMin: Infinity,
    glosses: [],
  };
  let worstValue = -1;
  camera.updateMatrixWorld();
  const times: number[] = [-0.1, timeline.duration + 1];
  for (const item of timeline.items) {
    if (item.kind !== 'pause') report.glosses.push(item.gloss);
    for (let k = 0; k <= samples; k++) times.push(item.start + (item.duration * k) / samples);
  }
  for (const t of times) {
    const pose = controller.poseAtTime(timeline, t);
    controller.rig.root.updateMatrixWorld(true);
    report.samples++;
    for (const side of ['Left', 'Right']) {
      for (const point of HAND_POINTS) {
        const bone = `${side}${point}`;
        const p = controller.rig.bones[bone]!.getWorldPosition(v).project(camera);
        const value = Math.max(Math.abs(p.x), Math.abs(p.y));
        const hit = { gloss: pose.currentGloss, t, bone, x: p.x, y: p.y };
        if (value > worstValue) {
          worstValue = value;
          report.worst = hit;
        }
        if (value > limit && report.outside.length < 20) report.outside.push(hit);
      }
    }
    report.faceMin = Math.min(report.faceMin, faceShare(controller, camera));
  }
  controller.frame(0);
  return report;
}
