import { useEffect, useState } from 'react';
import { api } from './api';

/**
 * The school's logo as an <img> can show it. An uploaded logo is served by the
 * school's API (`/api/files/<id>/public`), which must be told the school: on the
 * school's own address the browser's plain request does that, but on a shared
 * address (the school named by X-Tenant-ID) an <img> cannot send the header and
 * got 400, a broken image. Such a logo is fetched through the API client (which
 * names the school either way) and shown from memory; a logo elsewhere is used as is.
 */
export function useLogo(url: string | undefined): string | undefined {
  const [src, setSrc] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!url || !url.startsWith('/api/')) return;
    let objectUrl: string | undefined;
    let current = true;
    api
      .get<Blob>(url.slice('/api'.length), { responseType: 'blob' })
      .then(({ data }) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(data);
        setSrc(objectUrl);
      })
      .catch(() => current && setSrc(undefined)); // no logo rather than a broken one
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return url?.startsWith('/api/') ? src : url;
}
