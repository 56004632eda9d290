/**
 * The rules table of the WeChat fake: what WeChat does, where that is written, and what the fake
 * does when the app breaks the rule. It is the one place the fake's limits and error messages
 * come from; the modules beside it (gesture, privacy, canvas, files, set-data, versions) only
 * enforce what a row here says. `__tests__/guards/wx-fake-rules.test.ts` breaks every row.
 */

export type RuleId =
  | 'tap-only'
  | 'tap-modal-callback'
  | 'clipboard-from-tap'
  | 'privacy-consent'
  | 'privacy-agree-button'
  | 'privacy-declared'
  | 'offscreen-export-ios'
  | 'canvas-size'
  | 'decode-memory'
  | 'set-data-limit'
  | 'set-data-warning'
  | 'files-quota'
  | 'files-missing'
  | 'base-library'
  | 'compress-size-options'
  | 'exif-raw-size'
  | 'storage-limits';

export interface WxRule {
  id: RuleId;
  /** The APIs (or component features) the rule is about. */
  apis: readonly string[];
  /** What WeChat does, in a sentence. */
  documented: string;
  /** Where it is written (developers.weixin.qq.com first; community threads name the errMsg seen on phones). */
  source: readonly string[];
  /** What the fake does when the app breaks the rule. */
  whenBroken: string;
}

/** The APIs WeChat only runs inside a user's tap ("限制：仅在点击行为时调用"). */
export const TAP_ONLY_APIS = ['shareFileMessage', 'openSetting', 'openPrivacyContract'] as const;

/**
 * APIs the fake only runs inside a tap although WeChat's page names no such limit: the app's own
 * rule, held by the fake (rule clipboard-from-tap). Stricter than WeChat, never kinder.
 */
export const APP_TAP_ONLY_APIS = ['setClipboardData'] as const;

/** errMsg of a tap-only API called outside a tap (as reported from phones). */
export const tapOnlyErrMsg = (api: string) => `${api}:fail can only be invoked by user TAP gesture.`;

/**
 * Privacy-scoped APIs the app uses, with the privacy key ("用户隐私保护指引" item) each needs.
 * Keys as the MP console and the privacy-setting open API name them.
 */
export const PRIVACY_SCOPES = {
  chooseMedia: 'Album',
  'camera.takePhoto': 'Camera',
  saveImageToPhotosAlbum: 'AlbumWriteOnly',
  addPhoneCalendar: 'Calendar',
  setClipboardData: 'Clipboard',
  getClipboardData: 'Clipboard',
} as const;

export type PrivacyKey = (typeof PRIVACY_SCOPES)[keyof typeof PRIVACY_SCOPES];

export const privacyDeniedErrMsg = (api: string) => `${api}:fail privacy permission is not authorized`;
export const privacyUndeclaredErrMsg = (api: string) =>
  `${api}:fail api scope is not declared in the privacy agreement`;

/** Canvas 2D: no side over 4096 px; WebKit (iOS) also refuses more than 16,777,216 px in one canvas. */
export const CANVAS_MAX_SIDE = 4096;
export const CANVAS_MAX_AREA_IOS = 16_777_216;

/** Live decoded-image plus canvas memory a phone profile allows (WebKit's canvas limit on iPhones). */
export const PHONE_IMAGE_MEMORY_BYTES = 256 * 1024 * 1024;

/** setData: fails over 1,048,576 characters of payload; warns from 256 KB. */
export const SET_DATA_MAX_CHARS = 1_048_576;
export const SET_DATA_WARN_BYTES = 256 * 1024;

/** Local user files (USER_DATA_PATH) and cached files together: 200 MB. */
export const USER_FILES_MAX_BYTES = 200 * 1024 * 1024;
export const filesFullErrMsg = (api: string) => `${api}:fail the maximum size of the file storage limit is exceeded`;

export const WX_RULES: readonly WxRule[] = [
  {
    id: 'tap-only',
    apis: TAP_ONLY_APIS,
    documented:
      'shareFileMessage, openSetting and openPrivacyContract run only from a user tap: called after an await (a later turn) or from a lifecycle hook they fail.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html (限制：仅在点击行为时调用)',
      'https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.openSetting.html (2.3.0 起，用户发生点击行为后才可以跳转打开设置页)',
      'https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.openPrivacyContract.html (its page carries no 限制 line; issue 11 asks for it to be tap-only, and the app only opens it from a tap)',
      'https://developers.weixin.qq.com/community/develop/doc/000484bac68798c492b3697fd61400 (errMsg "fail can only be invoked by user TAP gesture." on iOS after an async wait)',
    ],
    whenBroken:
      'fails the call with "<api>:fail can only be invoked by user TAP gesture." unless it runs synchronously inside a tap handler',
  },
  {
    id: 'tap-modal-callback',
    apis: ['showModal', 'openSetting'],
    documented:
      "A tap on showModal's confirm button counts as the user's tap inside the success callback; a Promise-style `await showModal()` continues in a later turn and does not.",
    source: [
      'https://developers.weixin.qq.com/community/develop/doc/000ea6fcad8d0029b6fd8795956c00 (wx.showModal().then(() => wx.openSetting()) fails on iOS; use success)',
      'https://www.cnblogs.com/wugai/p/11041105.html (method 3: openSetting inside showModal success)',
    ],
    whenBroken:
      'openSetting after `await showModal()` fails as in tap-only; inside the success callback of a confirmed modal it runs',
  },
  {
    id: 'clipboard-from-tap',
    apis: APP_TAP_ONLY_APIS,
    documented:
      'wx.setClipboardData names no tap limit on its page; on success WeChat shows a "内容已复制" toast for 1.5 s, and it is privacy-scoped (key Clipboard, consent first). The app copies only from a tap (issue 14: "nothing is ever copied without a tap"), as browsers require for the H5 build (a clipboard write needs a user activation), so the fake holds it to that: stricter than WeChat, never kinder.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html (微信 Windows 版/Mac 版：支持; toast "内容已复制" 1.5s)',
      'https://developers.weixin.qq.com/community/develop/doc/000844ba844198fc81d09fb7e6b000 (privacy key Clipboard: "api scope is not declared in the privacy agreement")',
      'https://github.com/w3c/clipboard-apis/issues/66 (browsers refuse clipboard writes without a user gesture)',
    ],
    whenBroken:
      'fails the call with "setClipboardData:fail can only be invoked by user TAP gesture." outside the synchronous part of a tap (the tap is checked when the call is made, before the privacy consent it may wait for)',
  },
  {
    id: 'privacy-consent',
    apis: Object.keys(PRIVACY_SCOPES),
    documented:
      'With __usePrivacyCheck__, a privacy API called before consent fires onNeedPrivacyAuthorization and stays pending; resolve({event:"disagree"}) (or no answer from the official popup) fails it with "privacy permission is not authorized" (errno 104).',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html',
      'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html',
    ],
    whenBroken:
      'fails the call with "<api>:fail privacy permission is not authorized" (errno 104) until the user agreed',
  },
  {
    id: 'privacy-agree-button',
    apis: ['onNeedPrivacyAuthorization', 'button.open-type.agreePrivacyAuthorization'],
    documented:
      'resolve({event:"agree", buttonId}) only counts when the <button open-type="agreePrivacyAuthorization"> with that id was tapped first ("基础库会检查对应的同意按钮是否被点击过").',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html',
    ],
    whenBroken: 'an "agree" without a tapped agree button leaves consent off and fails the pending call with errno 104',
  },
  {
    id: 'privacy-declared',
    apis: Object.keys(PRIVACY_SCOPES),
    documented:
      'Every privacy API must be declared in the mini program\'s 用户隐私保护指引 (MP console); an undeclared one fails with "api scope is not declared in the privacy agreement" (errno 112).',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html',
      'https://developers.weixin.qq.com/community/develop/article/doc/00046224e00c88f523907869962813 (errno 112)',
    ],
    whenBroken:
      'fails the call with "<api>:fail api scope is not declared in the privacy agreement" (errno 112) when docs/privacy-guide.json lacks its key',
  },
  {
    id: 'offscreen-export-ios',
    apis: ['canvasToTempFilePath'],
    documented:
      'canvasToTempFilePath takes an on-page canvas (canvas type="2d" instance); the older page says "暂不支持离屏 canvas", and on iOS an offscreen canvas fails (invalid viewId) while Android accepts it.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.html',
      'https://mp.weixin.qq.com/debug/wxadoc/dev/api/canvas/wx.canvasToTempFilePath.html (暂不支持离屏 canvas)',
      'https://developers.weixin.qq.com/community/personal/oCJUsw7_fMiBTEgienzF0LJL27AQ/question (iOS: canvasToTempFilePath:fail invalid viewId)',
      'https://blog.csdn.net/asd53564967/article/details/129554503 (iOS offscreen canvas cannot export; toDataURL + writeFile works)',
    ],
    whenBroken: 'in the ios profile fails with "canvasToTempFilePath:fail invalid viewId" for an offscreen canvas',
  },
  {
    id: 'canvas-size',
    apis: ['createOffscreenCanvas', 'Canvas.width', 'Canvas.height'],
    documented:
      'A 2D canvas side over 4096 px is refused (createOffscreenCanvas returns no instance; the canvas component page caps 2D at 1365×1365 CSS px, 4096 device px at dpr 3); iOS WebKit also refuses a canvas over 16,777,216 px.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html (Canvas 2D 最大 1365*1365)',
      'https://developers.weixin.qq.com/community/develop/doc/0004880413c448a86afd095105b800 (4097×4097 returns no instance)',
      'https://github.com/ivmartel/dwv/issues/902 (iOS: Canvas area exceeds the maximum limit (width * height > 16777216))',
    ],
    whenBroken:
      'createOffscreenCanvas over the cap returns undefined; resizing a canvas over it breaks the canvas (getImageData throws, toDataURL returns "data:,")',
  },
  {
    id: 'decode-memory',
    apis: ['Canvas.createImage', 'Image.src', 'createOffscreenCanvas'],
    documented:
      'Every decoded image and canvas holds width×height×4 bytes until released; a phone has a few hundred MB for them (iOS WebKit: "Total canvas memory use exceeds the maximum limit (256 MB)"), past which WeChat warns (onMemoryWarning) and the mini program is killed.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/device/memory/wx.onMemoryWarning.html',
      'https://github.com/boardsite-io/boardsite/issues/144 (iPhone: Total canvas memory use exceeds the maximum limit (256 MB))',
    ],
    whenBroken:
      'a decode or canvas that would take live memory over 256 MB (ios/android profiles) fails: the image fires onerror "out of memory", the canvas breaks',
  },
  {
    id: 'set-data-limit',
    apis: ['Page.setData', 'Component.setData'],
    documented: 'One setData may carry at most 1024 kB (1,048,576 characters) of data.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#Page-prototype-setData-Object-data-Function-callback (单次设置的数据不能超过1024kB)',
      'https://developers.weixin.qq.com/community/personal/oCJUsw2bgcM0hGOV9BoO0y0hfB2E/question (数据传输长度为 … 已经超过最大长度 1048576)',
    ],
    whenBroken: 'throws "invokeWebviewMethod 数据传输长度为 N 已经超过最大长度 1048576"',
  },
  {
    id: 'set-data-warning',
    apis: ['Page.setData', 'Component.setData'],
    documented: 'setData over 256 KB is a performance problem the tools warn about; WeChat advises staying under it.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips/runtime_setData.html',
      'https://developers.weixin.qq.com/community/develop/doc/000a6e96988810cd686fe17515c800 (不要超过256KB)',
    ],
    whenBroken: 'records a warning (session.setDataWarnings) for every setData over 256 KB',
  },
  {
    id: 'files-quota',
    apis: ['FileSystemManager.writeFile', 'FileSystemManager.copyFile', 'FileSystemManager.saveFile'],
    documented: 'Local user files (USER_DATA_PATH) and cached files may take 200 MB in all.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html',
      'https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.copyFile.html (fail the maximum size of the file storage limit is exceeded)',
    ],
    whenBroken: 'fails the write with "<api>:fail the maximum size of the file storage limit is exceeded"',
  },
  {
    id: 'files-missing',
    apis: ['FileSystemManager.*', 'getImageInfo', 'saveImageToPhotosAlbum', 'shareFileMessage'],
    documented:
      'A missing file, or a missing parent directory of a target path, fails with "no such file or directory" and the path.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.copyFile.html (fail no such file or directory, copyFile ${srcPath} -> ${destPath})',
      'https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.access.html',
    ],
    whenBroken: 'fails with "<api>:fail no such file or directory …" naming the path',
  },
  {
    id: 'base-library',
    apis: ['canIUse', '*'],
    documented:
      'Each API exists from the base library its page names ("基础库 X 开始支持，低版本需做兼容处理"); canIUse answers per version.',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/framework/compatibility.html',
      'https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.canIUse.html',
    ],
    whenBroken:
      "an API newer than the profile's SDKVersion is absent from wx (calling it throws TypeError); canIUse answers false",
  },
  {
    id: 'compress-size-options',
    apis: ['compressImage'],
    documented:
      'compressImage takes compressedWidth/compressedHeight from base library 2.26.0 (ignored before); iOS only compresses JPG.',
    source: ['https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html'],
    whenBroken: 'below 2.26.0 (or a PNG on iOS) the output keeps the original size',
  },
  {
    id: 'exif-raw-size',
    apis: ['getImageInfo', 'Canvas.createImage'],
    documented:
      'getImageInfo width/height are the stored size "不考虑旋转", with EXIF orientation given separately; a canvas image draws the stored pixels.',
    source: ['https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html'],
    whenBroken: 'a photo with orientation "right" (EXIF 6) draws sideways unless the app rotates it',
  },
  {
    id: 'storage-limits',
    apis: ['setStorageSync', 'setStorage', 'getStorageSync', 'getStorage', 'getStorageInfo'],
    documented:
      'One key holds at most 1 MB and all keys together at most 10 MB; getStorageSync of a missing key returns "" and getStorageInfo reports currentSize and limitSize in KB. Enforced by ./storage.ts (limits, size counting and errMsg choices documented there).',
    source: [
      'https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html (单个 key 允许存储的最大数据长度为 1MB，所有数据存储上限为 10MB)',
      'https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageInfo.html (currentSize / limitSize, 单位 KB)',
      'https://github.com/tensorflow/tfjs-wechat/issues/52 (on a phone: "setStorageSync:fail exceed storage max size 10Mb", thrown)',
      'https://github.com/jin-yufeng/MpLocalDB/issues/2 (the simulator lets one key hold 10 MB; 真机只能存1M)',
    ],
    whenBroken:
      'setStorageSync throws, setStorage fails (or rejects) with "exceed storage item max length" (one key) or "exceed storage max size 10Mb" (all keys), and nothing is written',
  },
];
