import { useEffect, useState } from 'react';
import { api } from './api';

/**
 * The school's logo as an <img> can show it. An uploaded logo is served by the
 * school's API (`/api/files/<id>/public`), which must be told the school: on the
 * school's own address the browser's plain request does that, but on a shared
 * address (the school named by X-Tenant-ID) an <img> cannot send the header and
 * got 400, a broken image. Such a logo is fetched through the API client (which
 * names the school either way) and shown as a data: URL (which
 * the Content-Security-Policy allows for images, unlike blob:); a logo elsewhere is used as is.
 */
export function useLogo(url: string | undefined): string | undefined {
  const [src, setSrc] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!url || !url.startsWith('/api/')) return;
    let current = true;
    api
      .get<Blob>(url.slice('/api'.length), { responseType: 'blob' })
      .then(({ data }) => dataUrl(data))
      .then((src) => current && setSrc(src))
      .catch(() => current && setSrc(undefined)); // no logo rather than a broken one
    return () => {
      current = false;
    };
  }, [url]);
  return url?.startsWith('/api/') ? src : url;
}

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable logo'));
    reader.readAsDataURL(blob);
  });
