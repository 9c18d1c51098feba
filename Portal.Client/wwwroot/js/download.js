// Saves what an address answers when asked for one type by the Accept header (the segment members' CSV): a plain
// link cannot set that header, so it would save the address's default answer (JSON) instead.
export async function download(url, accept, fileName) {
    const response = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' });
    if (!response.ok) {
        throw new Error(`The server answered ${response.status} ${response.statusText}.`);
    }
    save(await response.blob(), fileName);
}

// Saves text made in the page (a dashboard's CSV) as a file.
export function saveText(fileName, mimeType, text) {
    save(new Blob([text], { type: mimeType }), fileName);
}

function save(blob, fileName) {
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Chromium starts the download from the click; the address is kept a little for slower browsers.
    setTimeout(() => URL.revokeObjectURL(href), 10000);
}
