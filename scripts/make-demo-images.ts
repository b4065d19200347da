/**
 * Regenerates the demo pictures in `content/media/` for the Tidewater Cycles example hub.
 *
 * Why this exists: the demo posts need pictures we are free to publish, in the size link
 * previews want (1200×630, 1.91:1). Drawing them from code keeps the repository free of stock
 * photos with unclear licences, and lets anyone redraw them after changing the palette.
 * The drawings use no randomness and no fonts, so a run gives the same files every time.
 *
 * Run: node scripts/make-demo-images.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 630;
const OUT_DIR = fileURLToPath(new URL('../content/media/', import.meta.url));

const C = {
  teal: '#0b5f73',
  tealDeep: '#084655',
  tealLight: '#5fa3b3',
  tealPale: '#b9d7dd',
  amber: '#f2a541',
  amberSoft: '#f8cf8e',
  mist: '#e8f1f2',
  navy: '#1d3557',
  navySoft: '#3a5275',
  white: '#ffffff',
};

/** Where a bike stands and how it looks. Units inside are wheel radii (1 = 60 px at scale 1). */
interface BikeOptions {
  x: number;
  ground: number;
  scale?: number;
  frame?: string;
  kind?: 'city' | 'e-bike' | 'cargo';
  rider?: string;
  helmet?: string;
  cargoKids?: boolean;
}

function bike({ x, ground, scale = 1, frame = C.navy, kind = 'city', rider, helmet, cargoKids }: BikeOptions): string {
  const u = 60 * scale;
  const front = kind === 'cargo' ? { x: 3.4, r: 0.72 } : { x: 2.4, r: 1 };
  const headTop = kind === 'cargo' ? { x: 3.15, y: -1.05 } : { x: 1.9, y: -1.05 };
  const wheel = (cx: number, r: number) =>
    `<circle cx="${cx}" cy="${-r}" r="${r - 0.06}" fill="none" stroke="${C.navy}" stroke-width="0.12"/>` +
    `<circle cx="${cx}" cy="${-r}" r="0.09" fill="${C.navy}"/>`;
  const line = (a: string, b: string, width = 0.13, colour = frame) =>
    `<path d="M${a} L${b}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" fill="none"/>`;
  const parts = [
    wheel(0, 1),
    wheel(front.x, front.r),
    line('0,-1', '1.05,-0.85'),
    line('0,-1', '0.8,-2'),
    line('1.05,-0.85', '0.78,-2.05'),
    kind === 'city' ? line('0.8,-1.95', `${headTop.x - 0.05},${headTop.y - 0.85}`) : '',
    line('1.05,-0.85', `${headTop.x - 0.05},${headTop.y - 0.6}`),
    line(`${headTop.x},${headTop.y - 0.95}`, `${front.x},${-front.r}`),
    line(`${headTop.x},${headTop.y - 0.95}`, `${headTop.x - 0.15},${headTop.y - 1.35}`, 0.11, C.navy),
    line(`${headTop.x - 0.15},${headTop.y - 1.35}`, `${headTop.x + 0.15},${headTop.y - 1.35}`, 0.11, C.navy),
    `<rect x="0.55" y="-2.2" width="0.5" height="0.14" rx="0.07" fill="${C.navy}"/>`,
    `<circle cx="1.05" cy="-0.85" r="0.2" fill="none" stroke="${C.navy}" stroke-width="0.07"/>`,
  ];
  if (kind === 'e-bike') parts.push(line('1.2,-1.05', '1.65,-1.7', 0.26, C.amber));
  if (kind === 'cargo') {
    // The children go in first so the box hides their legs.
    if (cargoKids) parts.push(person(2.1, -1.95, 0.7, C.tealLight), person(2.7, -1.85, 0.6, C.navySoft));
    parts.push(`<rect x="1.75" y="-1.75" width="1.3" height="0.95" rx="0.1" fill="${C.amber}"/>`);
    parts.push(line('1.8,-1.45', '3,-1.45', 0.05, C.amberSoft));
  }
  if (rider) {
    const hip = '0.85,-2.25';
    const shoulder = `${headTop.x - 0.55},${-3.2}`;
    parts.push(
      line(hip, shoulder, 0.34, rider),
      line(shoulder, `${headTop.x - 0.1},${headTop.y - 1.33}`, 0.14, rider),
      line(hip, '1.55,-1.45', 0.2, C.navy),
      line('1.55,-1.45', '1.15,-0.7', 0.18, C.navy),
      `<circle cx="${headTop.x - 0.4}" cy="-3.6" r="0.28" fill="${C.amberSoft}"/>`,
    );
    if (helmet) parts.push(`<path d="M${headTop.x - 0.72},-3.62 a0.33,0.3 0 0 1 0.66,0 z" fill="${helmet}"/>`);
  }
  return `<g transform="translate(${x},${ground}) scale(${u})">${parts.join('')}</g>`;
}

/** A standing figure in local units: head on top, a rounded body below `top`. */
function person(x: number, top: number, size: number, body: string): string {
  const h = size;
  return (
    `<circle cx="${x}" cy="${top - h * 0.35}" r="${h * 0.3}" fill="${C.amberSoft}"/>` +
    `<path d="M${x - h * 0.45},${top + h * 0.9} q0,-${h * 0.9} ${h * 0.45},-${h * 0.9} q${h * 0.45},0 ${h * 0.45},${h * 0.9} z" fill="${body}"/>`
  );
}

/** A person in pixels: head radius and body size follow `size`. */
function figure(x: number, ground: number, size: number, body: string): string {
  return (
    `<circle cx="${x}" cy="${ground - size * 1.55}" r="${size * 0.28}" fill="${C.amberSoft}"/>` +
    `<path d="M${x - size * 0.45},${ground} L${x - size * 0.4},${ground - size * 0.95} q${size * 0.4},-${size * 0.35} ${size * 0.8},0 L${x + size * 0.45},${ground} z" fill="${body}"/>`
  );
}

function waves(baseline: number, amplitude: number, colour: string, phase = 0): string {
  let d = `M0,${baseline}`;
  for (let x = -phase; x < WIDTH + 200; x += 200) {
    d += ` Q${x + 50},${baseline - amplitude} ${x + 100},${baseline} T${x + 200},${baseline}`;
  }
  return `<path d="${d} L${WIDTH},${HEIGHT} L0,${HEIGHT} z" fill="${colour}"/>`;
}

/** Fixed building heights, so every skyline is the same on every run. */
const SKYLINE = [140, 210, 120, 260, 180, 320, 150, 230, 190, 280, 130, 240, 170, 300, 160, 220];

function skyline(ground: number, colour: string, scale = 1, offset = 0): string {
  return SKYLINE.map((height, i) => {
    const w = 70;
    const x = i * 78 + offset;
    const h = height * scale;
    return `<rect x="${x}" y="${ground - h}" width="${w}" height="${h}" fill="${colour}"/>`;
  }).join('');
}

/** A small deterministic sequence (Park–Miller) for rain, confetti and windows. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function sun(cx: number, cy: number, r: number, colour = C.amber): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>`;
}

function svg(background: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${body}</svg>`;
}

const road = (top: number, colour = C.navy) => `<rect x="0" y="${top}" width="${WIDTH}" height="${HEIGHT - top}" fill="${colour}"/>`;
const dashes = (y: number) =>
  Array.from({ length: 12 }, (_, i) => `<rect x="${i * 110 + 20}" y="${y}" width="60" height="8" rx="4" fill="${C.mist}"/>`).join('');

const scenes: Record<string, () => string> = {
  'ebbtide-e-bike': () =>
    svg(C.mist, sun(880, 210, 150, C.amberSoft) + waves(470, 30, C.tealPale) + waves(520, 24, C.tealLight, 60) + waves(570, 18, C.teal, 120) +
      bike({ x: 390, ground: 500, scale: 1.45, frame: C.teal, kind: 'e-bike' }) +
      [250, 280, 310].map((y) => `<rect x="170" y="${y}" width="160" height="10" rx="5" fill="${C.tealLight}"/>`).join('')),
  'ebbtide-test-ride': () =>
    svg(C.amberSoft, sun(980, 160, 90) + skyline(470, C.tealPale, 0.9) + road(470, C.teal) + dashes(545) +
      bike({ x: 230, ground: 520, scale: 0.85, frame: C.navy, kind: 'e-bike', rider: C.teal, helmet: C.amber }) +
      bike({ x: 640, ground: 520, scale: 0.85, frame: C.amber, kind: 'e-bike', rider: C.navy, helmet: C.mist })),
  'current-cargo-bike': () =>
    svg(C.mist, `<circle cx="1020" cy="300" r="110" fill="${C.tealLight}"/><rect x="1010" y="380" width="20" height="150" fill="${C.navySoft}"/>` +
      road(530, C.tealPale) + bike({ x: 200, ground: 545, scale: 1.7, frame: C.teal, kind: 'cargo', cargoKids: true })),
  'kl-solar-roof': () => {
    const panels = Array.from({ length: 8 }, (_, i) =>
      `<path d="M${180 + i * 105},390 l95,0 l-30,-90 l-95,0 z" fill="${C.navy}" stroke="${C.tealLight}" stroke-width="4"/>` +
      `<path d="M${180 + i * 105 - 15},345 l95,0" stroke="${C.tealLight}" stroke-width="3"/>`).join('');
    const rays = Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 4;
      return `<path d="M${1020 + Math.cos(a) * 95},${130 + Math.sin(a) * 95} L${1020 + Math.cos(a) * 130},${130 + Math.sin(a) * 130}" stroke="${C.amber}" stroke-width="10" stroke-linecap="round"/>`;
    }).join('');
    return svg(C.mist, skyline(420, C.tealPale, 0.8, 40) + sun(1020, 130, 70) + rays +
      `<rect x="140" y="390" width="900" height="170" fill="${C.teal}"/>` + panels +
      Array.from({ length: 6 }, (_, i) => `<rect x="${200 + i * 140}" y="430" width="80" height="60" fill="${C.tealPale}"/>`).join('') +
      `<rect x="0" y="560" width="${WIDTH}" height="70" fill="${C.navy}"/>`);
  },
  'milan-design-studio': () =>
    svg(C.mist, [120, 470, 820].map((x) => `<path d="M${x},420 L${x},170 a130,130 0 0 1 260,0 L${x + 260},420 z" fill="${C.tealPale}"/>` +
      `<path d="M${x + 130},40 L${x + 130},420 M${x},240 L${x + 260},240" stroke="${C.mist}" stroke-width="8"/>`).join('') +
      `<rect x="0" y="420" width="${WIDTH}" height="210" fill="${C.teal}"/>` +
      `<rect x="330" y="400" width="540" height="24" rx="6" fill="${C.amber}"/><rect x="400" y="330" width="400" height="70" fill="${C.white}"/>` +
      `<g transform="translate(480,395) scale(30)"><path d="M0,-1 L1.05,-0.85 L0.8,-2 Z M1.05,-0.85 L1.85,-1.9" stroke="${C.navy}" stroke-width="0.06" fill="none"/></g>` +
      figure(250, 600, 120, C.navy) + figure(960, 600, 125, C.amber)),
  'ride-to-work-commuters': () =>
    svg(C.amberSoft, sun(600, 200, 120) + skyline(420, C.teal, 0.9) + road(420, C.tealPale) + dashes(600) +
      bike({ x: 70, ground: 580, scale: 0.85, frame: C.amber, rider: C.teal, helmet: C.mist }) +
      bike({ x: 460, ground: 580, scale: 0.85, frame: C.mist, kind: 'e-bike', rider: C.amber, helmet: C.teal }) +
      bike({ x: 850, ground: 580, scale: 0.85, frame: C.tealLight, rider: C.mist, helmet: C.amber })),
  'protected-bike-lane': () =>
    svg(C.mist, skyline(330, C.tealPale, 0.9, -20) +
      `<path d="M0,630 L520,330 L680,330 L1200,630 z" fill="${C.navySoft}"/>` +
      `<path d="M800,630 L620,330 L680,330 L1200,630 z" fill="${C.teal}"/>` +
      [0, 1, 2, 3, 4].map((i) => {
        const t = i / 4;
        const x = 600 + (770 - 600) * (1 - t) * 0.2 + t * 230;
        return `<rect x="${x}" y="${350 + t * 230}" width="${8 + t * 14}" height="${20 + t * 40}" rx="4" fill="${C.amber}"/>`;
      }).join('') +
      `<g transform="translate(860,560) scale(28)"><circle cx="0" cy="-1" r="0.9" fill="none" stroke="${C.mist}" stroke-width="0.14"/><circle cx="2.4" cy="-1" r="0.9" fill="none" stroke="${C.mist}" stroke-width="0.14"/><path d="M0,-1 L1,-1 L1.9,-2 L0.8,-2 Z M1,-1 L0.8,-2.3 M1.9,-2 L2.4,-1" stroke="${C.mist}" stroke-width="0.14" fill="none"/></g>`),
  'cycling-safety-lights': () => {
    const next = sequence(7);
    const stars = Array.from({ length: 40 }, () => `<circle cx="${Math.round(next() * WIDTH)}" cy="${Math.round(next() * 260)}" r="${1 + Math.round(next() * 2)}" fill="${C.mist}"/>`).join('');
    return svg(C.navy, stars + skyline(470, C.navySoft, 0.8) + road(470, C.tealDeep) + dashes(545) +
      `<path d="M700,410 L1200,330 L1200,560 z" fill="${C.amberSoft}" opacity="0.55"/>` +
      bike({ x: 420, ground: 520, scale: 0.85, frame: C.tealLight, rider: C.teal, helmet: C.amber }) +
      `<circle cx="700" cy="418" r="14" fill="${C.white}"/><circle cx="415" cy="400" r="12" fill="#e4574a"/>`);
  },
  'repair-cafe-volunteers': () => {
    const lights = Array.from({ length: 13 }, (_, i) => `<circle cx="${60 + i * 90}" cy="${70 + Math.abs(6 - i) * 6}" r="10" fill="${C.amber}"/>`).join('');
    return svg(C.mist, `<path d="M0,70 Q600,140 1200,70" stroke="${C.navy}" stroke-width="3" fill="none"/>` + lights +
      figure(230, 470, 110, C.teal) + figure(960, 470, 110, C.navy) + figure(1080, 470, 90, C.tealLight) +
      `<rect x="120" y="440" width="960" height="30" fill="${C.amber}"/><rect x="150" y="470" width="20" height="160" fill="${C.navySoft}"/><rect x="1030" y="470" width="20" height="160" fill="${C.navySoft}"/>` +
      `<rect x="590" y="300" width="16" height="140" fill="${C.navySoft}"/><circle cx="598" cy="280" r="115" fill="none" stroke="${C.navy}" stroke-width="12"/>` +
      Array.from({ length: 12 }, (_, i) => {
        const a = (i * Math.PI) / 6;
        return `<path d="M598,280 L${598 + Math.cos(a) * 110},${280 + Math.sin(a) * 110}" stroke="${C.navySoft}" stroke-width="3"/>`;
      }).join('') +
      `<rect x="330" y="420" width="120" height="14" rx="7" fill="${C.navy}" transform="rotate(-12 390 427)"/><circle cx="780" cy="425" r="16" fill="${C.teal}"/>`);
  },
  'kl-mechanics-workshop': () => {
    const tools = Array.from({ length: 7 }, (_, i) =>
      `<rect x="${140 + i * 70}" y="${110 + (i % 3) * 12}" width="${i % 2 ? 14 : 22}" height="${120 - (i % 3) * 20}" rx="7" fill="${i % 2 ? C.amber : C.mist}"/>`).join('');
    return svg(C.tealPale, `<rect x="110" y="80" width="520" height="200" rx="10" fill="${C.teal}"/>` + tools +
      `<rect x="0" y="540" width="${WIDTH}" height="90" fill="${C.navy}"/>` +
      `<path d="M700,540 L760,330 L820,540" stroke="${C.navySoft}" stroke-width="14" fill="none"/><path d="M760,330 L760,290" stroke="${C.navySoft}" stroke-width="14"/>` +
      bike({ x: 620, ground: 420, scale: 0.75, frame: C.amber }) + figure(1040, 540, 120, C.teal));
  },
  'milan-ux-designers': () =>
    svg(C.mist, `<rect x="0" y="470" width="${WIDTH}" height="160" fill="${C.teal}"/>` +
      [[190, C.navy], [640, C.navy]].map(([x]) =>
        `<rect x="${x}" y="120" width="380" height="250" rx="14" fill="${C.navy}"/><rect x="${Number(x) + 20}" y="140" width="340" height="210" fill="${C.white}"/>` +
        `<rect x="${Number(x) + 40}" y="160" width="300" height="30" fill="${C.tealPale}"/><rect x="${Number(x) + 40}" y="205" width="140" height="125" fill="${C.tealLight}"/>` +
        `<rect x="${Number(x) + 200}" y="205" width="140" height="20" fill="${C.tealPale}"/><rect x="${Number(x) + 200}" y="240" width="110" height="20" fill="${C.tealPale}"/><rect x="${Number(x) + 200}" y="290" width="90" height="36" rx="18" fill="${C.amber}"/>` +
        `<rect x="${Number(x) + 170}" y="370" width="40" height="100" fill="${C.navySoft}"/>`).join('') +
      [[1070, 140], [1110, 230], [1060, 320]].map(([x, y]) => `<rect x="${x}" y="${y}" width="80" height="80" fill="${C.amber}" transform="rotate(${(Number(y) % 7) - 3} ${x} ${y})"/>`).join('') +
      figure(110, 630, 130, C.amber)),
  'frame-warranty-shield': () =>
    svg(C.teal, waves(560, 20, C.tealDeep) +
      `<path d="M600,70 L820,140 L800,380 Q780,500 600,570 Q420,500 400,380 L380,140 Z" fill="${C.mist}"/>` +
      bike({ x: 470, ground: 380, scale: 0.95, frame: C.teal }) +
      `<path d="M545,465 L590,505 L670,420" stroke="${C.amber}" stroke-width="22" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`),
  'sustainability-report': () =>
    svg(C.mist, `<rect x="260" y="80" width="330" height="470" rx="12" fill="${C.white}" stroke="${C.tealPale}" stroke-width="6"/><rect x="610" y="80" width="330" height="470" rx="12" fill="${C.white}" stroke="${C.tealPale}" stroke-width="6"/>` +
      [0, 1, 2, 3].map((i) => `<rect x="${300 + i * 65}" y="${470 - (i + 1) * 70}" width="45" height="${(i + 1) * 70}" fill="${i === 3 ? C.amber : C.teal}"/>`).join('') +
      [0, 1, 2, 3, 4].map((i) => `<rect x="650" y="${130 + i * 45}" width="${250 - (i % 2) * 70}" height="16" rx="8" fill="${C.tealPale}"/>`).join('') +
      `<path d="M775,480 Q700,380 800,330 Q880,300 900,250 Q940,380 840,450 Q810,470 775,480 Z" fill="${C.teal}"/><path d="M775,480 Q820,400 880,300" stroke="${C.mist}" stroke-width="6" fill="none"/>`),
  'design-award-trophy': () => {
    const next = sequence(11);
    const confetti = Array.from({ length: 45 }, () => {
      const colour = [C.amber, C.teal, C.tealLight, C.navy][Math.floor(next() * 4)] ?? C.amber;
      return `<rect x="${Math.round(next() * WIDTH)}" y="${Math.round(next() * 560)}" width="16" height="8" fill="${colour}" transform="rotate(${Math.round(next() * 180)} 600 300)"/>`;
    }).join('');
    return svg(C.mist, confetti +
      `<path d="M480,120 L720,120 L700,300 Q600,380 500,300 Z" fill="${C.amber}"/>` +
      `<path d="M480,150 Q390,160 420,240 Q440,280 500,290 M720,150 Q810,160 780,240 Q760,280 700,290" stroke="${C.amber}" stroke-width="18" fill="none"/>` +
      `<rect x="580" y="350" width="40" height="90" fill="${C.amber}"/><rect x="500" y="440" width="200" height="50" rx="8" fill="${C.navy}"/><rect x="470" y="490" width="260" height="40" rx="8" fill="${C.teal}"/>` +
      `<circle cx="600" cy="215" r="55" fill="none" stroke="${C.white}" stroke-width="10"/><circle cx="600" cy="215" r="10" fill="${C.white}"/>`);
  },
  'winter-range-rain': () => {
    const next = sequence(23);
    const rain = Array.from({ length: 90 }, () => {
      const x = Math.round(next() * WIDTH);
      const y = Math.round(next() * 520);
      return `<path d="M${x},${y} l-10,34" stroke="${C.tealPale}" stroke-width="3" stroke-linecap="round"/>`;
    }).join('');
    return svg(C.navySoft, skyline(460, C.navy, 0.9) + road(460, C.tealDeep) +
      `<ellipse cx="380" cy="560" rx="170" ry="18" fill="${C.tealLight}" opacity="0.6"/><ellipse cx="930" cy="590" rx="120" ry="14" fill="${C.tealLight}" opacity="0.6"/>` +
      rain + bike({ x: 470, ground: 540, scale: 0.85, frame: C.mist, kind: 'e-bike', rider: C.amber, helmet: C.teal }));
  },
  'summer-service-clinic': () =>
    svg(C.mist, sun(1060, 110, 70) + `<rect x="0" y="500" width="${WIDTH}" height="130" fill="${C.tealPale}"/>` +
      Array.from({ length: 6 }, (_, i) => `<path d="M${150 + i * 100},140 L${250 + i * 100},140 L${250 + i * 100},220 Q${200 + i * 100},250 ${150 + i * 100},220 Z" fill="${i % 2 ? C.amber : C.white}"/>`).join('') +
      `<rect x="160" y="220" width="14" height="290" fill="${C.navy}"/><rect x="726" y="220" width="14" height="290" fill="${C.navy}"/>` +
      `<rect x="240" y="410" width="420" height="24" fill="${C.teal}"/>` +
      bike({ x: 820, ground: 520, scale: 0.7, frame: C.teal }) + figure(360, 520, 80, C.navy) + figure(540, 520, 85, C.teal)),
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(scenes)) {
  const file = `${OUT_DIR}${name}.jpg`;
  const info = await sharp(Buffer.from(draw())).jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  console.log(`${name}.jpg  ${info.width}×${info.height}  ${Math.round(info.size / 1024)} KB`);
}
