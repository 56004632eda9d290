/** URLs of the pages the journey links to; ids and field paths are encoded once here. */
const q = (value: string) => encodeURIComponent(value);

export const routes = {
  progress: '/pages/progress/index',
  materials: '/pages/materials/index',
  filing: (id: string) => `/pages/filing/index?id=${q(id)}`,
  profile: (id: string, field?: string) => `/pages/profile/index?id=${q(id)}${field ? `&field=${q(field)}` : ''}`,
  preflight: (id: string) => `/pages/preflight/index?id=${q(id)}`,
  help: (id: string) => `/pages/help/index?id=${q(id)}`,
  sms: (id: string) => `/pages/sms/index?id=${q(id)}`,
  photos: (id: string, slot?: string) => `/pages/photos/index?id=${q(id)}${slot ? `&slot=${q(slot)}` : ''}`,
  share: (id: string) => `/pages/share/index?id=${q(id)}`,
  assistant: (id: string) => `/pages/assistant/index?id=${q(id)}`,
};
