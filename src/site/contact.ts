/** A phone number as people read it ("(555) 010-0199", "988") as a tel: link: digits and a leading +. */
export const telHref = (number: string) => `tel:${number.trim().replace(/(?!^\+)[^\d]/g, "")}`;

export interface PostalAddress {
  street: string;
  city: string;
  region: string;
  postalCode: string;
}

/**
 * Directions to the clinic: a plain link to OpenStreetMap's search for its address, which opens in the
 * reader's browser or maps app. Nothing is embedded, so the page loads nothing from the map's site.
 */
export const directionsUrl = ({ street, city, region, postalCode }: PostalAddress) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${street}, ${city}, ${region} ${postalCode}`)}`;
