import Taro from '@tarojs/taro';

/**
 * Scrolls the page so the element with this id sits near the top, below the navigation bar
 * (weapp: wx.pageScrollTo with a selector; the browser build has scroll.h5.ts). Best effort:
 * a missing element or an old base library leaves the page where it is.
 */
export function scrollToElementId(id: string): void {
  Promise.resolve()
    .then(() => Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -96, duration: 300 }))
    .catch(() => undefined);
}
