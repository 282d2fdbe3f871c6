// The navbar hydrates in its own slices (see ../hydrate-later.tsx).
import Navbar from '@theme-original/Navbar';
import hydrateLater from '../hydrate-later';

export default hydrateLater(Navbar, 'Navbar');
