/**
 * A 4000×3000 license-like photo for the photo e2e test and the photo benchmark: paper on a
 * table, a border, a title, a dozen label/value rows (seeded, so every run draws the same) and a
 * red seal. `drawLicensePhoto` runs inside the browser page; pass it with `installLicenseDrawer`.
 */
function drawLicensePhoto(ctx) {
  ctx.fillStyle = '#6b5a48';
  ctx.fillRect(0, 0, 4000, 3000);
  ctx.fillStyle = '#f4efe4';
  ctx.fillRect(160, 120, 3680, 2760);
  ctx.strokeStyle = '#b0463c';
  ctx.lineWidth = 18;
  ctx.strokeRect(260, 220, 3480, 2560);
  ctx.fillStyle = '#222';
  ctx.font = 'bold 150px sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText('BUSINESS LICENSE', 2000, 520);
  ctx.textAlign = 'left';
  ctx.font = '64px monospace';
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const alphabet = 'ABCDEFGHJKLMNPQRTUWXY0123456789 ';
  // Label : value rows, as on a license (a dozen fields, mostly paper between them).
  for (let row = 0; row < 12; row++) {
    let label = '';
    for (let i = 0; i < 6; i++) label += alphabet[Math.floor(rand() * 21)];
    let value = '';
    const length = 18 + Math.floor(rand() * 16);
    for (let i = 0; i < length; i++) value += alphabet[Math.floor(rand() * alphabet.length)];
    ctx.fillText(label, 420, 800 + row * 160);
    ctx.fillText(value, 1000, 800 + row * 160);
  }
  ctx.strokeStyle = '#d0342c';
  ctx.lineWidth = 24;
  ctx.beginPath();
  ctx.arc(3200, 2300, 280, 0, Math.PI * 2);
  ctx.stroke();
}

/** Defines window.__drawLicensePhoto(ctx) in a Playwright page. */
async function installLicenseDrawer(page) {
  await page.evaluate(`window.__drawLicensePhoto = ${drawLicensePhoto.toString()}`);
}

module.exports = { drawLicensePhoto, installLicenseDrawer };
